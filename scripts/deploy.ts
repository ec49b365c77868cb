// `npm run deploy [-- --dry-run] [-- -c key=value …]`: from the checked-out commit to a verified
// public URL, or a clear refusal. In order:
//   1. gates, before anything contacts AWS: the public origin (SITE_URL or the custom domain's
//      context: https, not this machine), Chromium, valid content with no stale translation, types;
//   2. the origin: the custom domain's, SITE_URL's, or (without either) the stack's CloudFront
//      domain, read from its outputs; a first deploy creates the stack without content first,
//      so that no deploy ever publishes pages built for another origin;
//   3. the release build for that origin (`npm run build -- --release`), recorded in out/release.json;
//   4. `cdk deploy -c releaseId=ID`, the switch to ID, `npm run verify` against the live URL, and on
//      a failed verification the switch back to the release that was live before.
// `--dry-run` does 1 and 3 (so it needs SITE_URL or a domain) and `cdk synth` of exactly what
// would be deployed into infra/cdk.out, contacting nothing.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cdkContext, chromiumGate, DeployGateError, originGate, parseDeployArgs } from './deploy-gates';
import { currentCommit, readReleaseRecord } from './release-record';
import { deployRelease, deployedReleaseStore, releaseIdFor } from './release-store';
import { verifySite } from './verify-site';

const stackName = 'PortfolioSite';
const region = 'us-east-1';
const outDir = 'out';

function fail(message: string): never {
  console.error(`npm run deploy: ${message}`);
  process.exit(1);
}

function step(message: string) {
  console.log(`\n▸ ${message}`);
}

/** A command whose output only matters when it fails; then the one line says how to see it. */
function quietly(command: string, args: string[], env: NodeJS.ProcessEnv, onFailure: string) {
  const { status, error } = spawnSync(command, args, { stdio: 'ignore', env });
  if (status !== 0) fail(error ? `${onFailure} (${error.message})` : onFailure);
}

function loudly(command: string, args: string[], options: SpawnSyncOptions, onFailure: string) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (status !== 0) fail(onFailure);
}

const cdkEnv = { ...process.env, AWS_REGION: region, AWS_DEFAULT_REGION: region };
const contextArgs = (context: Record<string, string>) => Object.entries(context).flatMap(([key, value]) => ['-c', `${key}=${value}`]);

/** The stack's outputs, or undefined when the stack does not exist yet. */
function stackOutputs(): Readonly<Record<string, string>> | undefined {
  const { status, stdout, stderr } = spawnSync(
    'aws',
    [
      'cloudformation',
      'describe-stacks',
      '--stack-name',
      stackName,
      '--region',
      region,
      '--query',
      'Stacks[0].Outputs',
      '--output',
      'json',
    ],
    { encoding: 'utf8', env: cdkEnv },
  );
  if (status !== 0) {
    if (/does not exist/.test(stderr)) return undefined;
    fail(
      `could not read the stack ${stackName} (aws cloudformation describe-stacks: ${stderr.trim().split('\n').at(-1) ?? 'failed'}): check the AWS credentials.`,
    );
  }
  const parsed: unknown = JSON.parse(stdout || 'null');
  const outputs: Record<string, string> = {};
  for (const output of Array.isArray(parsed) ? parsed : []) {
    const key: unknown = Reflect.get(Object(output), 'OutputKey');
    const value: unknown = Reflect.get(Object(output), 'OutputValue');
    if (typeof key === 'string' && typeof value === 'string') outputs[key] = value;
  }
  return outputs;
}

/** The gates that need no build; a failure is one line and exit 1. */
function gates() {
  try {
    const parsed = parseDeployArgs(process.argv.slice(2));
    const { domainName } = cdkContext('infra/cdk.json', parsed.context);
    const gateOrigin = originGate({ siteUrl: process.env.SITE_URL, domainName, dryRun: parsed.dryRun });
    const chromium = chromiumGate();
    step(`Gates: origin ${gateOrigin ?? "(the stack's)"}, Chromium ${chromium}; now the content and the types`);
    return { ...parsed, gateOrigin };
  } catch (error) {
    if (error instanceof DeployGateError) fail(error.message);
    throw error;
  }
}

const { dryRun, context, gateOrigin } = gates();
let origin = gateOrigin;
if (!existsSync('infra/node_modules')) fail('infra/ has no dependencies installed: run `npm ci --prefix infra`, then deploy again.');
quietly(
  'npx',
  ['contentlayer2', 'build', '--clearCache'],
  { ...process.env, CONTENT_RELEASE: '1' },
  'the content is invalid or a translation is stale: `CONTENT_RELEASE=1 npm run content` names each file and field; fix them (`npm run translated -- FILE` once an English file is updated), then deploy again.',
);
quietly('npx', ['tsc', '--noEmit'], process.env, 'the types do not check: `npm run typecheck` shows where; fix them, then deploy again.');

// Without a custom domain or SITE_URL the site lives on the distribution's own domain, which
// exists only once the stack does: a first deploy creates it without content, then reads it.
let outputs: Readonly<Record<string, string>> | undefined;
if (!dryRun) {
  step(`Reading the stack ${stackName}`);
  outputs = stackOutputs();
  if (outputs === undefined) {
    step('First deploy: creating the stack without content, to learn its address');
    // A directory with no export: the synth leaves the content deployment out.
    const noExport = join(mkdtempSync(join(tmpdir(), 'deploy-')), 'no-export');
    loudly(
      'npx',
      ['cdk', 'deploy', stackName, '--require-approval', 'never', '-c', `outDir=${noExport}`, ...contextArgs(context)],
      { cwd: 'infra', env: cdkEnv },
      'creating the stack failed (see above).',
    );
    outputs = stackOutputs() ?? fail(`the stack ${stackName} was created but cannot be read back.`);
  }
  const live = outputs.SiteUrl ?? (outputs.DistributionDomainName ? `https://${outputs.DistributionDomainName}` : undefined);
  if (live === undefined)
    fail(`the stack ${stackName} has no SiteUrl output: deploy the infra of this commit (cd infra && npx cdk deploy).`);
  const liveOrigin = new URL(live).origin;
  if (origin !== undefined && origin !== liveOrigin) {
    fail(
      `the release would be built for ${origin}, but the stack serves ${liveOrigin}: unset SITE_URL, or deploy with the stack's custom domain.`,
    );
  }
  origin = liveOrigin;
}
if (origin === undefined) fail('no public origin (set SITE_URL).');

const commit = currentCommit();
const releaseId = releaseIdFor(commit === 'unknown' ? '0000000' : commit, new Date());

step(`Release build ${releaseId} for ${origin}`);
loudly(
  'npm',
  ['run', 'build', '--', '--release'],
  { env: { ...process.env, SITE_URL: origin } },
  'the release build failed (see above); nothing was deployed.',
);
const record = readReleaseRecord(outDir);
if (record.origin !== origin) fail(`out/release.json says the export was built for ${record.origin}, not ${origin}: run the deploy again.`);

const cdkArgs = ['-c', `releaseId=${releaseId}`, ...contextArgs(context)];
if (dryRun) {
  step('cdk synth of what would be deployed (contacts nothing)');
  loudly(
    'npx',
    ['cdk', 'synth', stackName, '--quiet', ...cdkArgs],
    { cwd: 'infra', env: { ...cdkEnv, AWS_EC2_METADATA_DISABLED: 'true' } },
    'cdk synth failed (see above).',
  );
  console.log(`\nDry run done: out/ is release ${releaseId} for ${origin}; infra/cdk.out holds the deployment. Nothing was contacted.`);
  process.exit(0);
}

step(`cdk deploy of release ${releaseId}`);
loudly(
  'npx',
  ['cdk', 'deploy', stackName, ...cdkArgs, ...(process.env.CI ? ['--require-approval', 'never'] : [])],
  { cwd: 'infra', env: cdkEnv },
  'cdk deploy failed (see above); the live release has not changed.',
);

// Carry the live release's files over, switch, verify, and switch back if verification fails
// (scripts/release-store.ts); old releases are retired only after a verified switch.
step(`Switching to ${releaseId} and verifying ${origin}`);
const outcome = await deployRelease({
  store: await deployedReleaseStore(stackName),
  id: releaseId,
  verify: async () => {
    const { failures, pages, pdfs } = await verifySite({ url: origin });
    for (const failure of failures) console.error(`✗ ${failure}`);
    if (failures.length > 0) throw new Error(`${failures.length} problems (above)`);
    console.log(`${pages} pages and ${pdfs} PDFs verified.`);
  },
});
if (outcome.ok) {
  console.log(`\nRelease ${releaseId} is live on ${origin}.`);
  process.exit(0);
}
fail(
  outcome.previous === undefined
    ? `release ${releaseId} failed verification (${outcome.error.message}); no earlier release to switch back to, so it stays live.`
    : `release ${releaseId} failed verification (${outcome.error.message}); switched back to ${outcome.previous}.`,
);
