// The site's security headers: one list, read by next.config.mjs (`next start`) and by the AWS
// CDK app in infra/ (CloudFront's response headers policy), so both hosts send the same values.

/**
 * Content-Security-Policy. Scripts: 'self' plus 'unsafe-inline', and that is a choice, not an
 * oversight. Every prerendered page carries inline bootstrap scripts (`self.__next_f.push(…)`,
 * the RSC payload) whose content is only known once the page is built. Nonces need a fresh
 * render per request, which would end static prerendering and rule out a CDN. Hashes would do,
 * but Next compiles these headers into the build's routes manifest before the pages exist, so
 * the list would always be one build behind. Everything else is locked to this origin; nothing
 * may frame the site; no eval.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {ReadonlyArray<{ key: string; value: string }>} */
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
