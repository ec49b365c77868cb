import { readFileSync } from 'node:fs';
import path from 'node:path';
import { publicOriginProblem } from '../../lib/public-origin.mjs';
import type { CustomDomain } from './site-config.ts';

/** Where the build records the origin an export was built for (scripts/release-record.ts). */
export const releaseRecordFile = 'release.json';

/** The origin out/release.json names, or a refusal naming the file. */
export function exportOrigin(outDir: string): string {
  const file = path.join(outDir, releaseRecordFile);
  let origin: unknown;
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    origin = typeof record === 'object' && record !== null ? Reflect.get(record, 'origin') : undefined;
  } catch {
    origin = undefined;
  }
  if (typeof origin !== 'string') {
    throw new Error(
      `${file} does not say which origin the export was built for: build it again (npm run deploy, or SITE_URL=https://… npm run build).`,
    );
  }
  return origin;
}

/**
 * Refuses a content deployment of an export whose pages, sitemap and QR codes lead elsewhere
 * than where it would be served: built for this machine (the default SITE_URL) or anything but
 * a public https origin, or, with a custom domain, for another host. Both origins are named.
 */
export function checkExportOrigin(outDir: string, domain: CustomDomain | undefined): void {
  const origin = exportOrigin(outDir);
  const problem = publicOriginProblem(origin);
  if (problem !== undefined) {
    throw new Error(
      `${outDir} was built for ${origin} (${problem}; ${releaseRecordFile}), but would be served ` +
        `${domain ? `on https://${domain.domainName}` : 'on the CloudFront domain'}: build it for the public origin with npm run deploy, or SITE_URL=https://… npm run build.`,
    );
  }
  if (domain !== undefined && new URL(origin).origin !== `https://${domain.domainName}`) {
    throw new Error(
      `${outDir} was built for ${origin} (${releaseRecordFile}), but the stack serves https://${domain.domainName} (domainName): ` +
        `build it with SITE_URL=https://${domain.domainName}, or npm run deploy -- -c domainName=${domain.domainName}.`,
    );
  }
}
