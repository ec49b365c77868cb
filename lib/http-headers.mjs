// The site's response headers: one list, read by `npm run serve` (scripts/site-server.ts) and by
// the AWS CDK app in infra/ (CloudFront's response headers policy and object metadata), so that
// local and production answer alike. Its types are in http-headers.d.mts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { speculationRulesSource } from './speculation-rules.mjs';

/** The CSP source that allows exactly one inline script: the sha256 of its text. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The text of public/site.js, which every page carries inline (app/[locale]/layout.tsx): as a
 * file it cost a request that Lighthouse's simulation charges to LCP (docs/performance.md).
 */
export const siteScriptSource = readFileSync(fileURLToPath(new URL('../public/site.js', import.meta.url)), 'utf8');

/** The inline scripts the pages may run, by hash: the enhancement script and the Speculation Rules. */
export const inlineScriptHashes = [scriptHash(siteScriptSource), scriptHash(speculationRulesSource)];

/**
 * Content-Security-Policy. Nothing is allowed unless named: scripts, styles, images and the
 * manifest from this origin only, no inline style, no eval, no framing, no plugins, no forms, no
 * `<base>`. The one inline scripts that run are named by their hashes (no `'unsafe-inline'`, no
 * `'inline-speculation-rules'`, which would let any injected rule set fetch any URL): public/site.js
 * and the Speculation Rules, both static, so the hashes are known before any page is served.
 * The build removes Next's runtime and its inline payload (scripts/static-export.ts).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src 'self' ${inlineScriptHashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "manifest-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), magnetometer=(), gyroscope=(), accelerometer=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Pages, cards and other unhashed files: a few minutes (a deploy invalidates the CDN). */
export const pageCacheControl = 'public, max-age=300';
/**
 * Next's folder of content-hashed files (style sheets, fonts, icons): a file under a given name
 * there never changes. The one statement of it, for the servers, the CDN and the strip.
 */
export const hashedAssetsDir = '_next/static';
/** Files in `hashedAssetsDir`: kept for a year. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** The cache lifetime of the file at a URL path. */
export function cacheControlFor(path) {
  return path.startsWith(`/${hashedAssetsDir}/`) ? immutableCacheControl : pageCacheControl;
}
