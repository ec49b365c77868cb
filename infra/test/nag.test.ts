import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { createSiteApp } from '../lib/site-app.ts';
import { asArray, asString, at, cdkJsonContext, makeStaticExport, scratchDir, synthSite, testReleaseId } from './support/site-app.ts';

const outDir = makeStaticExport();
const customDomain = {
  domainName: 'rui-iizumi.example',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
  hostedZoneName: 'rui-iizumi.example',
};
const variants: [string, Record<string, string>, string[]][] = [
  [
    'with out/',
    { outDir, releaseId: testReleaseId },
    ['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-S1'],
  ],
  [
    'without out/',
    { outDir: path.join(outDir, 'missing') },
    ['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4', 'AwsSolutions-S1'],
  ],
  [
    'with the GitHub deploy role',
    { outDir, releaseId: testReleaseId, githubRepository: 'rui-iizumi/portfolio' },
    ['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-S1'],
  ],
  [
    'with a custom domain',
    { outDir, releaseId: testReleaseId, ...customDomain },
    ['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-S1'],
  ],
];

describe('cdk-nag AwsSolutions checks', () => {
  for (const [name, context, expectedSuppressions] of variants) {
    describe(name, () => {
      const { annotations, json } = synthSite(context);

      it('report no unsuppressed error or warning', () => {
        const findings = [
          ...annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-')),
          ...annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-')),
        ].map((finding) => `${finding.id}: ${JSON.stringify(finding.entry.data).slice(0, 120)}`);
        assert.deepEqual(findings, []);
      });

      it('are suppressed only for the rules the stack explains, each with its reason', () => {
        const resources = at(json, 'Resources');
        assert.ok(typeof resources === 'object' && resources !== null);
        const suppressed = new Set<string>();
        for (const resource of Object.values(resources)) {
          for (const rule of asArray(at(resource, 'Metadata', 'cdk_nag', 'rules_to_suppress') ?? [])) {
            const id = asString(at(rule, 'id'));
            assert.ok(asString(at(rule, 'reason')).length >= 60, `${id} needs a real reason`);
            suppressed.add(id);
          }
        }
        assert.deepEqual([...suppressed].sort(), expectedSuppressions);
      });
    });
  }

  it('are switched on: a non-compliant bucket added to the stack is reported', () => {
    const { app, stack } = createSiteApp({
      context: { ...cdkJsonContext, outDir, releaseId: testReleaseId },
      outdir: scratchDir('cdk.out'),
    });
    const careless = new Bucket(stack, 'Careless');
    assert.throws(() => app.synth(), /Validation failed/);
    const messages = careless.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === 'aws:cdk:error')
      .map((entry) => String(entry.data));
    for (const rule of ['AwsSolutions-S1', 'AwsSolutions-S10']) {
      assert.ok(
        messages.some((message) => message.startsWith(`${rule}:`)),
        `${rule} was not reported`,
      );
    }
  });
});
