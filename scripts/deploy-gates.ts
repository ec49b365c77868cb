// The gates of `npm run deploy` that need no build: what the command line says, the public
// origin, Chromium. Each failure is a DeployGateError whose message is the one line the owner
// reads: what is wrong, and how to fix it. scripts/deploy.ts runs them before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { publicOriginProblem } from '../lib/public-origin.mjs';
import { chromiumPath } from './support';

export class DeployGateError extends Error {}

export type DeployOptions = {
  dryRun: boolean;
  /** CDK context given on the command line (`-c key=value`), passed on to every cdk command. */
  context: Record<string, string>;
};

/** `npm run deploy -- [--dry-run] [-c key=value]…`; anything else is refused, naming it. */
export function parseDeployArgs(args: readonly string[]): DeployOptions {
  const options: DeployOptions = { dryRun: false, context: {} };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--dry-run') {
      options.dryRun = true;
      continue;
    }
    let pair: string | undefined;
    if (arg === '-c' || arg === '--context') pair = args[++index];
    else if (arg.startsWith('--context=')) pair = arg.slice('--context='.length);
    else throw new DeployGateError(`unknown option ${arg}: npm run deploy takes --dry-run and -c key=value (CDK context).`);
    const match = /^([^=]+)=(.*)$/.exec(pair ?? '');
    if (!match?.[1]) throw new DeployGateError(`${arg} needs key=value, e.g. -c domainName=rui-iizumi.dev.`);
    options.context[match[1]] = match[2] ?? '';
  }
  if ('releaseId' in options.context || 'outDir' in options.context) {
    throw new DeployGateError('releaseId and outDir are chosen by npm run deploy: leave them out of its -c options.');
  }
  return options;
}

/** infra/cdk.json's context, under the command line's: where a custom domain may be set for good. */
export function cdkContext(cdkJson: string, commandLine: Record<string, string>): Record<string, unknown> {
  const parsed: unknown = existsSync(cdkJson) ? JSON.parse(readFileSync(cdkJson, 'utf8')) : {};
  const context: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'context') : undefined;
  return { ...(typeof context === 'object' && context !== null ? context : {}), ...commandLine };
}

/**
 * The origin the release is built for: the custom domain's, else SITE_URL's. Undefined means
 * "the stack's CloudFront domain", which only a real deploy can read (a dry run contacts nothing).
 */
export function originGate({
  siteUrl,
  domainName,
  dryRun,
}: {
  siteUrl: string | undefined;
  domainName: unknown;
  dryRun: boolean;
}): string | undefined {
  const site = siteUrl?.trim() === '' ? undefined : siteUrl?.trim();
  if (site !== undefined) {
    const problem = publicOriginProblem(site);
    if (problem) {
      throw new DeployGateError(
        `SITE_URL=${site}: ${problem}. Set SITE_URL to the site's public origin, e.g. SITE_URL=https://rui-iizumi.dev, or unset it to use the stack's.`,
      );
    }
  }
  if (typeof domainName === 'string' && domainName !== '') {
    const domainOrigin = `https://${domainName.toLowerCase()}`;
    if (site !== undefined && new URL(site).origin !== domainOrigin) {
      throw new DeployGateError(
        `SITE_URL=${site} is not the custom domain ${domainOrigin} (context domainName): unset SITE_URL, or set it to ${domainOrigin}.`,
      );
    }
    return domainOrigin;
  }
  if (site !== undefined) return new URL(site).origin;
  if (dryRun) {
    throw new DeployGateError(
      'No public origin: set SITE_URL=https://… (the CloudFront domain of an earlier deploy) or -c domainName=…; a dry run contacts nothing, so it cannot read the stack’s.',
    );
  }
  return undefined;
}

/**
 * The Chromium that prints the résumé PDFs, which a release must have: an explicit CHROMIUM_PATH
 * must name it (no quiet fallback to another browser), and the one found must start.
 */
export function chromiumGate(
  env: Readonly<Record<string, string | undefined>> = process.env,
  find: () => string | undefined = chromiumPath,
  starts: (path: string) => boolean = (path) => spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0,
): string {
  const named = env.CHROMIUM_PATH;
  if (named && !existsSync(named)) {
    throw new DeployGateError(
      `CHROMIUM_PATH=${named} names no file: the release prints the résumé PDFs with Chromium. Point CHROMIUM_PATH at one, or unset it and apt-get install chromium.`,
    );
  }
  const path = find();
  if (path === undefined) {
    throw new DeployGateError(
      'No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright’s): the release prints the résumé PDFs with it. apt-get install chromium, or set CHROMIUM_PATH.',
    );
  }
  if (!starts(path))
    throw new DeployGateError(
      `Chromium at ${path} does not start (\`${path} --version\` fails): reinstall it, or set CHROMIUM_PATH to one that does.`,
    );
  return path;
}
