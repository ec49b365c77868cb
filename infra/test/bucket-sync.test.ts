import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { cacheControlFor, immutableCacheControl, pageCacheControl } from '../../lib/http-headers.mjs';
import { contentGroups } from '../lib/site-content.ts';
import { startFakeS3 } from './support/fake-s3.ts';
import {
  asArray,
  asString,
  at,
  exportFixture,
  makeStaticExport,
  onePixelPng,
  resourcesOfType,
  scratchDir,
  synthSite,
} from './support/site-app.ts';

// The BucketDeployments, run as their handler runs them: the aws-cli that aws-cdk-lib ships
// for the Lambda layer, `aws s3 sync` with the filters, prune flag and metadata from the
// synthesized template, against a fake S3 on 127.0.0.1. This is the proof that the groups
// neither overwrite nor delete one another's files, and that aws-cli names every file's type.
// It needs python3 (as the layer does).

const run = promisify(execFile);
const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;
const bucket = 'site-content';

// aws-cli guesses types with python's `mimetypes`, which also reads /etc/mime.types where there
// is one. The Lambda runtime need not have it: aws-cli runs here on the built-in table alone.
const builtinMimeTypesOnly = [
  'import mimetypes, runpy, sys',
  'mimetypes.knownfiles[:] = []',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')",
].join('\n');

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
const { json } = synthSite({ outDir });
const deploymentResources = resourcesOfType(json, 'Custom::CDKBucketDeployment');
const deployments = deploymentResources.map(([id, resource]) => ({
  id,
  properties: at(resource, 'Properties'),
  // Only the order among the deployments matters here (they also wait for each other's layers).
  dependsOn: asArray(at(resource, 'DependsOn') ?? [])
    .map((dependency) => asString(dependency))
    .filter((dependency) => deploymentResources.some(([other]) => other === dependency)),
}));

/** The handler's command line for one deployment (see s3_deploy in its index.py). */
function syncArgs(properties: unknown, contentsDir: string): string[] {
  const args = ['s3', 'sync'];
  if (at(properties, 'Prune') !== false) args.push('--delete');
  for (const pattern of asArray(at(properties, 'Exclude') ?? [])) args.push('--exclude', asString(pattern));
  for (const pattern of asArray(at(properties, 'Include') ?? [])) args.push('--include', asString(pattern));
  args.push(contentsDir, `s3://${bucket}/`);
  const metadata = at(properties, 'SystemMetadata');
  if (typeof metadata === 'object' && metadata !== null) {
    for (const [key, value] of Object.entries(metadata)) args.push(`--${key.toLowerCase()}`, asString(value));
    args.push('--metadata-directive', 'REPLACE');
  }
  return args;
}

describe('the bucket deployments, run with the real aws-cli', { skip: python ? false : 'python3 is not installed' }, () => {
  let cli = '';
  // No profile, config or credentials file of the machine's user: nothing but the fake S3.
  const noAwsFiles = scratchDir('aws');
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  const environment = () => ({
    ...process.env,
    PYTHONPATH: path.dirname(cli),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(noAwsFiles, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(noAwsFiles, 'credentials'),
    AWS_MAX_ATTEMPTS: '1',
  });
  const sync = async (deployment: (typeof deployments)[number], contentsDir = outDir) => {
    await run(
      python ?? 'python3',
      [
        '-c',
        builtinMimeTypesOnly,
        cli,
        '--endpoint-url',
        s3.endpoint,
        '--cli-read-timeout',
        '20',
        ...syncArgs(deployment.properties, contentsDir),
      ],
      {
        env: environment(),
        timeout: 60_000,
      },
    );
  };
  /** Like CloudFormation: those without dependencies at once, then the ones that wait for them. */
  const deployAll = async (contentsDir = outDir) => {
    await Promise.all(
      deployments.filter((deployment) => deployment.dependsOn.length === 0).map((deployment) => sync(deployment, contentsDir)),
    );
    for (const deployment of deployments.filter((candidate) => candidate.dependsOn.length > 0)) await sync(deployment, contentsDir);
  };
  const byGroup = (group: string) => {
    const found = deployments.find((deployment) => deployment.id.startsWith(`Deploy${group}`));
    assert.ok(found, `no deployment ${group}`);
    return found;
  };
  const keys = () => [...s3.objects.keys()].sort();

  before(async () => {
    const layerZip = path.join(
      path.dirname(createRequire(createRequire(import.meta.url).resolve('aws-cdk-lib')).resolve('@aws-cdk/asset-awscli-v1/package.json')),
      'lib',
      'layer.zip',
    );
    const layerDir = scratchDir('awscli-layer');
    await run(python ?? 'python3', ['-m', 'zipfile', '-e', layerZip, layerDir]);
    cli = path.join(layerDir, 'awscli', 'aws');
    s3 = await startFakeS3(bucket);
  });
  after(async () => {
    await s3.close();
  });

  it('has one deployment per group, the pages waiting for all the others', () => {
    assert.equal(deployments.length, contentGroups.length);
    const scoped = contentGroups.filter((group) => group.patterns !== undefined).map((group) => byGroup(group.id).id);
    assert.deepEqual([...byGroup('Pages').dependsOn].sort(), scoped.sort());
  });

  it('each group syncs exactly its own files', async () => {
    const byExtension: Record<string, string> = { md: 'Markdown', vcf: 'VCards', txt: 'Text' };
    const groupOf = (file: string) =>
      file.startsWith('_next/static/') ? 'StaticAssets' : (byExtension[file.slice(file.lastIndexOf('.') + 1)] ?? 'Pages');
    for (const group of contentGroups) {
      await sync(byGroup(group.id));
      assert.deepEqual(
        keys(),
        Object.keys(exportFixture)
          .filter((file) => groupOf(file) === group.id)
          .sort(),
        group.id,
      );
      s3.objects.clear();
    }
  });

  it('deploys all of out/ with the right types and caching, over a previous release', async () => {
    const previous = { body: onePixelPng, contentType: 'image/png', cacheControl: pageCacheControl, lastModified: new Date(0) };
    s3.objects.set('_next/static/chunks/old00000.css', { ...previous, contentType: 'text/css', cacheControl: immutableCacheControl });
    s3.objects.set('ja/projects/gone.html', { ...previous, contentType: 'text/html' });
    s3.objects.set('ja/projects/gone/card.png', previous);
    // The layout before cards had extensions: the rest's prune removes it.
    s3.objects.set('ja/opengraph-image', previous);

    await deployAll();

    assert.deepEqual(s3.unexpected, []);
    for (const file of Object.keys(exportFixture)) assert.ok(s3.objects.has(file), `${file} was not uploaded`);
    // Hashed assets of the previous release stay for pages still open; removed pages and their
    // images go.
    assert.ok(s3.objects.has('_next/static/chunks/old00000.css'));
    for (const gone of ['ja/projects/gone.html', 'ja/projects/gone/card.png', 'ja/opengraph-image']) {
      assert.ok(!s3.objects.has(gone), `${gone} was not pruned`);
    }

    const object = (key: string) => {
      const found = s3.objects.get(key);
      assert.ok(found, key);
      return found;
    };
    for (const [key, content] of Object.entries(exportFixture)) {
      const expected = expectedTypes[key.slice(key.lastIndexOf('.') + 1)];
      assert.ok(expected !== undefined, `no expected type for ${key}`);
      const { contentType } = object(key);
      if (typeof expected === 'string') assert.equal(contentType, expected, key);
      else assert.match(contentType ?? '', expected, key);
      assert.deepEqual(object(key).body, Buffer.from(content), key);
    }

    // What the local server (scripts/site-server.ts) sends for the same path.
    for (const key of s3.objects.keys()) assert.equal(object(key).cacheControl, cacheControlFor(`/${key}`), key);
  });

  it('a later deploy of the pages alone leaves the other groups untouched', async () => {
    const earlier = new Map(s3.objects);
    const onlyPages = makeStaticExport({ '404.html': '<!doctype html>', 'ja.html': '<!doctype html><title>new</title>' });
    await sync(byGroup('Pages'), onlyPages);
    for (const [key, object] of earlier) {
      if (key.startsWith('_next/static/') || /\.(md|vcf|txt)$/.test(key)) {
        assert.equal(s3.objects.get(key), object, `${key} was touched`);
      }
    }
    assert.ok(!s3.objects.has('en.html'), 'the pages prune their own files');
    assert.deepEqual(s3.unexpected, []);
  });
});
