import { routing, type Locale } from '@/i18n/routing';

/** The site's one script, progressive enhancement only (public/site.js): every page works without it. */
export const enhancementScript = '/site.js';

/** The public origin, configured once (`SITE_URL`); every absolute URL derives from it. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}

/**
 * A page's path below its locale prefix: '' for home, '/projects', '/projects/<slug>',
 * '/technologies', '/technologies/<slug>', '/resume'.
 */
export type PagePath = '' | '/projects' | '/resume' | '/technologies' | `/projects/${string}` | `/technologies/${string}`;

export function localePath(locale: Locale, path: PagePath): string {
  return `/${locale}${path}`;
}

/** The language alternates of a page (hreflang → path), `x-default` pointing at the default locale's version. */
export function languageAlternates(path: PagePath): Record<string, string> {
  return Object.fromEntries([
    ...routing.locales.map((locale): [string, string] => [locale, localePath(locale, path)]),
    ['x-default', localePath(routing.defaultLocale, path)],
  ]);
}
