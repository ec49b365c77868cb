import { getLocale } from 'next-intl/server';
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';

type Props = Omit<ComponentProps<typeof Link>, 'href'> & { href: '/' | '/projects' | '/resume' };

/**
 * A link to a page of the current locale. next-intl's own `Link` is a client component that
 * needs a client-side provider; resolving the path here keeps every layout free of one.
 */
export async function LocaleLink({ href, ...rest }: Props) {
  const locale = await getLocale();
  return <Link href={getPathname({ locale, href })} {...rest} />;
}
