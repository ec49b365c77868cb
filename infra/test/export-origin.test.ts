import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { contentGroups } from '../lib/site-content.ts';
import { exportFixture, makeStaticExport, releaseRecord, resourcesOfType, synthSite, testReleaseId } from './support/site-app.ts';

const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const exportFor = (origin: string) => makeStaticExport({ ...exportFixture, 'release.json': releaseRecord(origin) });
const deployments = (json: unknown) => resourcesOfType(json, 'Custom::CDKBucketDeployment').length;

describe('the export knows its origin', () => {
  it('deploys an export built for a public https origin, on the CloudFront domain or its custom domain', () => {
    assert.equal(
      deployments(synthSite({ releaseId: testReleaseId, outDir: exportFor('https://d111111abcdef8.cloudfront.net') }).json),
      contentGroups.length,
    );
    const domain = { domainName: 'rui-iizumi.example', certificateArn };
    assert.equal(
      deployments(synthSite({ releaseId: testReleaseId, outDir: exportFor('https://rui-iizumi.example'), ...domain }).json),
      contentGroups.length,
    );
  });

  it('refuses one built for this machine, naming the origin', () => {
    for (const origin of ['http://localhost:3000', 'https://localhost', 'http://127.0.0.1:4100', 'https://[::1]:8443']) {
      const dir = exportFor(origin);
      assert.throws(
        () => synthSite({ releaseId: testReleaseId, outDir: dir }),
        (error: unknown) =>
          error instanceof Error && error.message.startsWith(`${dir} was built for ${origin} (`) && /CloudFront domain/.test(error.message),
        origin,
      );
      rmSync(dir, { recursive: true });
    }
  });

  it('refuses, with a custom domain, one built for another host, naming both', () => {
    const dir = exportFor('https://d111111abcdef8.cloudfront.net');
    assert.throws(
      () => synthSite({ releaseId: testReleaseId, outDir: dir, domainName: 'rui-iizumi.example', certificateArn }),
      (error: unknown) =>
        error instanceof Error &&
        error.message.includes('built for https://d111111abcdef8.cloudfront.net') &&
        error.message.includes('the stack serves https://rui-iizumi.example'),
    );
  });

  it('refuses an export that does not say what it was built for', () => {
    const { ['release.json']: _omitted, ...unrecorded } = exportFixture;
    const dir = makeStaticExport(unrecorded);
    assert.throws(
      () => synthSite({ releaseId: testReleaseId, outDir: dir }),
      new RegExp(`${path.join(dir, 'release.json').replaceAll('/', '\\/')} does not say which origin`),
    );
  });

  it('needs no record when there is nothing to deploy', () => {
    const { json } = synthSite({ releaseId: testReleaseId, outDir: path.join(exportFor('http://localhost:3000'), 'missing') });
    assert.equal(deployments(json), 0);
  });
});
