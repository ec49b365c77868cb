import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AwsRunner } from '../../../scripts/release-store.ts';
import { asArray, asString, at, resourcesOfType, scratchDir } from './site-app.ts';

// The aws-cli that aws-cdk-lib ships for the BucketDeployment handler's Lambda layer, run with
// python3 (as the layer is) against a local fake S3, with no profile, config or credentials of
// the machine's user: the deployment's own commands, and the release commands, as they run.

/** python3, if the machine has it (the tests that need it skip without). */
export const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

/** Each command's limit, as the handler's Lambda would have one. */
const commandTimeoutSeconds = 60;

/**
 * The layer's `aws` script, extracted once per layer: into infra/node_modules/.cache, under the
 * zip's hash, so every test process and every later run finds it (with python's compiled
 * modules beside it, which a fresh extraction would compile again on every command's import).
 */
export function awsCliFromLayer(): string {
  const layerZip = path.join(
    path.dirname(createRequire(createRequire(import.meta.url).resolve('aws-cdk-lib')).resolve('@aws-cdk/asset-awscli-v1/package.json')),
    'lib',
    'layer.zip',
  );
  const hash = createHash('sha256').update(readFileSync(layerZip)).digest('hex').slice(0, 16);
  const layerDir = fileURLToPath(new URL(`../../node_modules/.cache/awscli-layer/${hash}`, import.meta.url));
  const cli = path.join(layerDir, 'awscli', 'aws');
  if (!existsSync(cli)) {
    // Extracted beside it and renamed into place: test processes that start together never
    // see half a layer; the one that renames second drops its copy.
    const partial = `${layerDir}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    const unzip = spawnSync(python ?? 'python3', ['-m', 'zipfile', '-e', layerZip, partial], { encoding: 'utf8' });
    if (unzip.status !== 0) throw new Error(`extracting ${layerZip} failed: ${unzip.stderr}`);
    try {
      renameSync(partial, layerDir);
    } catch (error) {
      if (!existsSync(cli)) throw error;
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return cli;
}

interface Pending {
  readonly args: readonly string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly resolve: (stdout: string) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One python per test process that imports aws-cli once and forks a child per command
 * (support/aws-cli-server.py): each command still runs the layer's `aws` script in a process of
 * its own, without paying python's import of botocore again. Referenced only while a command
 * runs, so an idle server never keeps a test process alive (it exits when its stdin closes).
 */
function startCliServer() {
  const cli = awsCliFromLayer();
  const noAwsFiles = scratchDir('aws');
  const outputs = scratchDir('aws-output');
  const server = spawn(python ?? 'python3', [fileURLToPath(new URL('./aws-cli-server.py', import.meta.url)), cli], {
    env: {
      ...process.env,
      PYTHONPATH: path.dirname(cli),
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: path.join(noAwsFiles, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(noAwsFiles, 'credentials'),
      AWS_MAX_ATTEMPTS: '1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let serverErrors = '';
  let ended: string | undefined;
  const handles = [server.stdin, server.stdout, server.stderr];
  const hold = (busy: boolean) => {
    if (busy) server.ref();
    else server.unref();
    for (const handle of handles) {
      if (handle instanceof Socket) {
        if (busy) handle.ref();
        else handle.unref();
      }
    }
  };
  hold(false);
  // When the test process has nothing else to do: end the server and wait for it, so that it
  // and its commands are reaped by this process (and counted in its children's CPU time).
  process.once('beforeExit', () => {
    if (ended !== undefined) return;
    server.ref();
    server.stdin.end();
  });
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (chunk: string) => (serverErrors += chunk));
  const failAll = (reason: string) => {
    for (const [id, each] of pending) {
      pending.delete(id);
      each.reject(new Error(`aws ${each.args.join(' ')}: ${reason}`));
    }
    hold(false);
  };
  server.on('error', (error) => failAll((ended = error.message)));
  server.on('exit', (code, signal) => failAll((ended = `the aws-cli server ended (${signal ?? code}): ${serverErrors.trim()}`)));
  // A write after the server ended is answered by `ended` below, not by an unhandled EPIPE.
  server.stdin.on('error', () => undefined);
  createInterface({ input: server.stdout }).on('line', (line) => {
    const answer: unknown = JSON.parse(line);
    const id = at(answer, 'id');
    const code = at(answer, 'code');
    const each = typeof id === 'number' ? pending.get(id) : undefined;
    if (each === undefined || typeof id !== 'number') return;
    pending.delete(id);
    if (pending.size === 0) hold(false);
    const stdout = readFileSync(each.stdout, 'utf8');
    const stderr = readFileSync(each.stderr, 'utf8');
    rmSync(each.stdout, { force: true });
    rmSync(each.stderr, { force: true });
    if (code === 0) each.resolve(stdout);
    else each.reject(new Error(`Command failed (exit ${String(code)}): aws ${each.args.join(' ')}\n${stderr}`));
  });
  return (args: readonly string[]) =>
    new Promise<string>((resolve, reject) => {
      if (ended !== undefined) {
        reject(new Error(`aws ${args.join(' ')}: ${ended}`));
        return;
      }
      const id = nextId++;
      const request = {
        id,
        args,
        stdout: path.join(outputs, `${id}.out`),
        stderr: path.join(outputs, `${id}.err`),
        timeout: commandTimeoutSeconds,
      };
      pending.set(id, { args, stdout: request.stdout, stderr: request.stderr, resolve, reject });
      hold(true);
      server.stdin.write(`${JSON.stringify(request)}\n`);
    });
}

let cliServer: ReturnType<typeof startCliServer> | undefined;

/** Runs the layer's aws-cli against `endpoint`; the same shape as scripts/release-store.ts's runner. */
export function localAws(endpoint: string): Promise<AwsRunner> {
  cliServer ??= startCliServer();
  const run = cliServer;
  return Promise.resolve((args) => run(['--endpoint-url', endpoint, '--cli-read-timeout', '20', '--output', 'json', ...args]));
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
