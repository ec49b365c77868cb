import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import type { Locale } from '@/i18n/routing';
import { localePath, type PagePath } from '@/lib/site';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: PagePath };

/**
 * A link to a page of the current locale. A plain `<a>`: every page is prerendered HTML, so a
 * full navigation costs little, and no client-side router ships in every page's JavaScript.
 */
export async function LocaleLink({ href, ...rest }: Props) {
  const locale: Locale = await getLocale();
  return <a href={localePath(locale, href)} {...rest} />;
}
