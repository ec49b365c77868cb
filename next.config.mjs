import createNextIntlPlugin from 'next-intl/plugin';
import { contentSecurityPolicy, securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const development = process.env.NODE_ENV === 'development';
// `npm run export`: the same site as static files in out/, for a CDN (see infra/).
const staticExport = process.env.STATIC_EXPORT === '1';

// React Refresh needs eval in `next dev`, and only there.
const headers = development
  ? securityHeaders.map(({ key, value }) =>
      key === 'Content-Security-Policy' ? { key, value: contentSecurityPolicy.replace('script-src', "script-src 'unsafe-eval'") } : { key, value },
    )
  : securityHeaders;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes the whole HTML for an ETag on every request, a fifth of the server's time on
  // these pages (measured: docs/performance.md). Pages change only with a deploy; a CDN in front
  // (infra/) revalidates with its own ETags.
  generateEtags: false,
  output: staticExport ? 'export' : undefined,
  experimental: {
    globalNotFound: true,
  },
  // A static host sends its own headers (infra/ gives CloudFront the same list).
  ...(staticExport ? {} : { headers: async () => [{ source: '/:path*', headers }] }),
};

export default withNextIntl(nextConfig);
