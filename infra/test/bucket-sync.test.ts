import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cacheControlFor, pageCacheControl } from '../../lib/http-headers.mjs';
import type { AwsRunner } from '../../scripts/release-store.ts';
import { deploymentsOf, localAws, python, runDeployments, syncArgs } from './support/aws-cli.ts';
import { contentGroups } from '../lib/site-content.ts';
import { startFakeS3 } from './support/fake-s3.ts';
import { exportFixture, makeStaticExport, onePixelPng, synthSite, testReleaseId } from './support/site-app.ts';

// The BucketDeployments, run as their handler runs them: the aws-cli that aws-cdk-lib ships
// for the Lambda layer, `aws s3 sync` with the filters, prune flag and metadata from the
// synthesized template, against a fake S3 on 127.0.0.1. This is the proof that the groups
// neither overwrite nor delete one another's files, and that aws-cli names every file's type.
// It needs python3 (as the layer does).

const bucket = 'site-content';
const prefix = `releases/${testReleaseId}/`;

/** The type S3 must serve, by extension: every extension of the fixture is here. */
const expectedTypes: Record<string, string | RegExp> = {
  html: 'text/html',
  png: 'image/png',
  js: /^(text|application)\/javascript$/,
  css: 'text/css',
  svg: 'image/svg+xml',
  ico: /^image\/(vnd\.microsoft\.icon|x-icon)$/,
  json: 'application/json',
  pdf: 'application/pdf',
  // Japanese text with no other place to name its charset (infra/lib/site-content.ts).
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
  xml: /^(application|text)\/xml$/,
  webmanifest: 'application/manifest+json',
};

const outDir = makeStaticExport();
const deployments = deploymentsOf(synthSite({ outDir, releaseId: testReleaseId }).json);

describe('the bucket deployments, run with the real aws-cli', { skip: python ? false : 'python3 is not installed' }, () => {
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let aws: AwsRunner;
  const sync = (deployment: (typeof deployments)[number], contentsDir = outDir) =>
    aws(syncArgs(deployment.properties, contentsDir, bucket));
  const byGroup = (group: string) => {
    const found = deployments.find((deployment) => deployment.id.startsWith(`Deploy${group}`));
    assert.ok(found, `no deployment ${group}`);
    return found;
  };
  const keys = () => [...s3.objects.keys()].sort();
  const inRelease = (files: string[]) => files.map((file) => `${prefix}${file}`).sort();

  before(async () => {
    s3 = await startFakeS3(bucket);
    aws = await localAws(s3.endpoint);
  });
  after(async () => {
    await s3.close();
  });

  it("has one deployment per content group, each into the release's own prefix", () => {
    assert.equal(deployments.length, contentGroups.length);
    for (const group of contentGroups) assert.ok(byGroup(group.id));
  });

  it('each group syncs exactly its own files, under releases/<id>/', async () => {
    const byExtension: Record<string, string> = { md: 'Markdown', vcf: 'VCards', txt: 'Text' };
    const groupOf = (file: string) =>
      file.startsWith('_next/static/') ? 'StaticAssets' : (byExtension[file.slice(file.lastIndexOf('.') + 1)] ?? 'Pages');
    for (const group of contentGroups) {
      await sync(byGroup(group.id));
      assert.deepEqual(keys(), inRelease(Object.keys(exportFixture).filter((file) => groupOf(file) === group.id)), group.id);
      s3.objects.clear();
    }
  });

  it('deploys all of out/ with the right types and caching, and touches nothing outside its prefix', async () => {
    const earlier = { body: onePixelPng, contentType: 'image/png', cacheControl: pageCacheControl, lastModified: new Date(0) };
    // An earlier release, and the root 404 page the switch copies: neither may change.
    const untouched = [
      'releases/20261130T080000Z-1234567/ja.html',
      'releases/20261130T080000Z-1234567/ja/projects/gone/card.png',
      '404.html',
    ];
    for (const key of untouched) s3.objects.set(key, earlier);

    await runDeployments(aws, deployments, outDir, bucket);

    assert.deepEqual(s3.unexpected, []);
    for (const key of untouched) assert.equal(s3.objects.get(key), earlier, `${key} was touched`);
    assert.deepEqual(keys(), [...inRelease(Object.keys(exportFixture)), ...untouched].sort());

    const object = (key: string) => {
      const found = s3.objects.get(key);
      assert.ok(found, key);
      return found;
    };
    for (const [file, content] of Object.entries(exportFixture)) {
      const expected = expectedTypes[file.slice(file.lastIndexOf('.') + 1)];
      assert.ok(expected !== undefined, `no expected type for ${file}`);
      const { contentType, cacheControl, body } = object(`${prefix}${file}`);
      if (typeof expected === 'string') assert.equal(contentType, expected, file);
      else assert.match(contentType ?? '', expected, file);
      assert.deepEqual(body, Buffer.from(content), file);
      // What the local server (scripts/site-server.ts) sends for the same path.
      assert.equal(cacheControl, cacheControlFor(`/${file}`), file);
    }
  });

  it('deploying the same release again deletes nothing (no prune)', async () => {
    const before = keys();
    await runDeployments(aws, deployments, makeStaticExport({ '404.html': '<!doctype html>' }), bucket);
    assert.deepEqual(keys(), before);
    assert.deepEqual(s3.unexpected, []);
  });
});
