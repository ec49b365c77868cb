// out/release.json: what an export was built for and from. The deploy reads it to refuse an
// export built for another origin, and the CDK app refuses to upload one built for a loopback
// origin or, with a custom domain, for another host (infra/lib/export-origin.ts). Written at
// the end of every build, so a record never describes an older export than the one beside it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const releaseRecordFile = 'release.json';

export type ReleaseRecord = {
  /** The public origin every absolute URL, sitemap entry and QR code of the export names. */
  origin: string;
  /** The commit the export was built from, or "unknown" outside a git checkout. */
  commit: string;
  /** When the build finished, ISO-8601 UTC. */
  builtAt: string;
};

/** The origin a build uses: SITE_URL's, as lib/site.ts reads it. */
export function buildOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return new URL(env.SITE_URL ?? 'http://localhost:3000').origin;
}

/** HEAD's full sha, or "unknown" (no git, or not a checkout: a tarball still builds). */
export function currentCommit(cwd = process.cwd()): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function writeReleaseRecord(outDir: string, record: ReleaseRecord): void {
  writeFileSync(join(outDir, releaseRecordFile), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record of the export in outDir; fails naming the file when it is missing or malformed. */
export function readReleaseRecord(outDir: string): ReleaseRecord {
  const file = join(outDir, releaseRecordFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} is missing or not JSON: build the export again (npm run build).`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file} is not a release record.`);
  const field = (key: keyof ReleaseRecord): string => {
    const value: unknown = Reflect.get(parsed, key);
    if (typeof value !== 'string' || value === '') throw new Error(`${file}: "${key}" is missing.`);
    return value;
  };
  return { origin: field('origin'), commit: field('commit'), builtAt: field('builtAt') };
}

/** The record of a build that just finished in outDir. */
export function recordRelease(outDir: string, now = new Date()): ReleaseRecord {
  const record = { origin: buildOrigin(), commit: currentCommit(), builtAt: now.toISOString() };
  writeReleaseRecord(outDir, record);
  return record;
}
