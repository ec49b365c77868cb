import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * The site is static files: `next build` writes every page, card and file to out/ (Next's static
 * export), and `npm run build` finishes them (scripts/build.ts). A host sends the headers:
 * `npm start` and CloudFront send the ones in lib/http-headers.mjs. `next dev` is for authoring.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  experimental: {
    globalNotFound: true,
  },
};

export default withNextIntl(nextConfig);
