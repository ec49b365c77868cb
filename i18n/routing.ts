import { defineRouting } from 'next-intl/routing';

/** How long the locale switch remembers a visitor's choice. */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 } as const;

export const routing = defineRouting({
  locales: ['ja', 'en'],
  defaultLocale: 'ja',
  localePrefix: 'always',
  // A persistent cookie, so a visitor's explicit choice outlives the browser session.
  localeCookie: LOCALE_COOKIE,
  // hreflang alternates are in every page's HTML head (lib/metadata.ts); as a `Link` header they
  // would repeat the URL three times per response, which long URLs turn into a header overflow.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
