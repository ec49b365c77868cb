import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AwsRunner } from '../../../scripts/release-store.ts';
import { asArray, asString, at, resourcesOfType, scratchDir } from './site-app.ts';

// The aws-cli that aws-cdk-lib ships for the BucketDeployment handler's Lambda layer, run with
// python3 (as the layer is) against a local fake S3, with no profile, config or credentials of
// the machine's user: the deployment's own commands, and the release commands, as they run.

const exec = promisify(execFile);

/** python3, if the machine has it (the tests that need it skip without). */
export const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

// aws-cli guesses types with python's `mimetypes`, which also reads /etc/mime.types where there
// is one. The Lambda runtime need not have it: aws-cli runs here on the built-in table alone.
const builtinMimeTypesOnly = [
  'import mimetypes, runpy, sys',
  'mimetypes.knownfiles[:] = []',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')",
].join('\n');

let layerCli: Promise<string> | undefined;

/** The layer's `aws` script, extracted once per test process. */
export function awsCliFromLayer(): Promise<string> {
  layerCli ??= (async () => {
    const layerZip = path.join(
      path.dirname(createRequire(createRequire(import.meta.url).resolve('aws-cdk-lib')).resolve('@aws-cdk/asset-awscli-v1/package.json')),
      'lib',
      'layer.zip',
    );
    const layerDir = scratchDir('awscli-layer');
    await exec(python ?? 'python3', ['-m', 'zipfile', '-e', layerZip, layerDir]);
    return path.join(layerDir, 'awscli', 'aws');
  })();
  return layerCli;
}

/** Runs the layer's aws-cli against `endpoint`; the same shape as scripts/release-store.ts's runner. */
export async function localAws(endpoint: string): Promise<AwsRunner> {
  const cli = await awsCliFromLayer();
  const noAwsFiles = scratchDir('aws');
  const env = {
    ...process.env,
    PYTHONPATH: path.dirname(cli),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(noAwsFiles, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(noAwsFiles, 'credentials'),
    AWS_MAX_ATTEMPTS: '1',
  };
  return async (args) => {
    const { stdout } = await exec(
      python ?? 'python3',
      ['-c', builtinMimeTypesOnly, cli, '--endpoint-url', endpoint, '--cli-read-timeout', '20', '--output', 'json', ...args],
      { env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  };
}

export interface Deployment {
  readonly id: string;
  readonly properties: unknown;
  /** The other deployments this one waits for. */
  readonly dependsOn: string[];
}

/** The template's BucketDeployments. */
export function deploymentsOf(json: unknown): Deployment[] {
  const resources = resourcesOfType(json, 'Custom::CDKBucketDeployment');
  return resources.map(([id, resource]) => ({
    id,
    properties: at(resource, 'Properties'),
    dependsOn: asArray(at(resource, 'DependsOn') ?? [])
      .map((dependency) => asString(dependency))
      .filter((dependency) => resources.some(([other]) => other === dependency)),
  }));
}

/** The handler's `aws s3 sync` command line for one deployment (see s3_deploy in its index.py). */
export function syncArgs(properties: unknown, contentsDir: string, bucket: string): string[] {
  const args = ['s3', 'sync'];
  if (at(properties, 'Prune') !== false) args.push('--delete');
  for (const pattern of asArray(at(properties, 'Exclude') ?? [])) args.push('--exclude', asString(pattern));
  for (const pattern of asArray(at(properties, 'Include') ?? [])) args.push('--include', asString(pattern));
  const prefix = at(properties, 'DestinationBucketKeyPrefix');
  args.push(contentsDir, `s3://${bucket}/${typeof prefix === 'string' ? prefix : ''}`);
  const metadata = at(properties, 'SystemMetadata');
  if (typeof metadata === 'object' && metadata !== null) {
    for (const [key, value] of Object.entries(metadata)) args.push(`--${key.toLowerCase()}`, asString(value));
    args.push('--metadata-directive', 'REPLACE');
  }
  return args;
}

/** Every deployment of a template, like CloudFormation: those without dependencies at once, then the ones that wait. */
export async function runDeployments(aws: AwsRunner, deployments: readonly Deployment[], contentsDir: string, bucket: string) {
  await Promise.all(
    deployments.filter((each) => each.dependsOn.length === 0).map((each) => aws(syncArgs(each.properties, contentsDir, bucket))),
  );
  for (const each of deployments.filter((candidate) => candidate.dependsOn.length > 0))
    await aws(syncArgs(each.properties, contentsDir, bucket));
}
