// The site's response headers: one list, read by `npm run serve` (scripts/site-server.ts) and by
// the AWS CDK app in infra/ (CloudFront's response headers policy and object metadata), so that
// local and production answer alike. Its types are in http-headers.d.mts.

/**
 * Content-Security-Policy. Nothing is allowed unless named: scripts, styles, images and the
 * manifest from this origin only, no inline script or style, no eval, no framing, no plugins,
 * no forms, no `<base>`. The pages are static HTML whose only script is public/site.js (the
 * build removes Next's runtime and its inline payload: scripts/static-export.ts), so the policy
 * needs no nonce and no hash.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
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
