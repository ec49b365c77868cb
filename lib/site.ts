import { routing, type Locale } from '@/i18n/routing';

/** Built by `npm run export` as static files for a CDN, rather than for `next start`. */
export const isStaticExport = process.env.STATIC_EXPORT === '1';

/** The public origin, configured once (`SITE_URL`); every absolute URL derives from it. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}

/** A page's path below its locale prefix: '' for home, '/projects', '/projects/<slug>', '/resume'. */
export type PagePath = '' | '/projects' | '/resume' | `/projects/${string}`;

export function localePath(locale: Locale, path: PagePath): string {
  return `/${locale}${path}`;
}

/** The language alternates of a page, `x-default` pointing at the default locale's version. */
export function languageAlternates(path: PagePath): Record<Locale | 'x-default', string> {
  const [ja, en] = routing.locales.map((locale) => localePath(locale, path));
  return { ja: ja ?? '', en: en ?? '', 'x-default': localePath(routing.defaultLocale, path) };
}
