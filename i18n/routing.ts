import { defineRouting } from 'next-intl/routing';

/** How long the locale switch remembers a visitor's choice. */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 } as const;

export const routing = defineRouting({
  locales: ['ja', 'en'],
  defaultLocale: 'ja',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
