import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { getProjectSlugs, getTechnologySlugs } from './content';

/**
 * Where every layout, page and `generateMetadata` starts: an unknown locale is a 404, a known
 * one is registered for static rendering.
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // next-intl 4.14 points to `next/root-params` instead, which Next 16 still has behind an
  // experimental flag; this is how next-intl documents static rendering until then.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  setRequestLocale(locale);
  return locale;
}

export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
}

// The pages of each route family, one list for the page and its card.png route alike.

export function generateLocaleParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export function generateProjectParams() {
  return generateLocaleParams().flatMap(({ locale }) => getProjectSlugs().map((slug) => ({ locale, slug })));
}

export function generateTechnologyParams() {
  return generateLocaleParams().flatMap(({ locale }) => getTechnologySlugs().map((tech) => ({ locale, tech })));
}
