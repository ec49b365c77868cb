'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import type { Locale } from '@/i18n/routing';

type Props = {
  locale: Locale;
  label: string;
  description: string;
  /** The cookie that remembers the choice: a prop, so that no i18n code ships to the browser. */
  cookie: { name: string; maxAge: number };
};

/**
 * A plain link to this page in the other locale, so it works without JavaScript. With
 * JavaScript it also carries the `#section` along and remembers the choice for `/`.
 */
export function LocaleSwitch({ locale, label, description, cookie }: Props) {
  const pathname = usePathname();
  const href = pathname.replace(/^\/[^/]*/, `/${locale}`);

  function keepHash(event: MouseEvent<HTMLAnchorElement>) {
    event.currentTarget.href = href + window.location.hash;
    const secure = window.location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${cookie.name}=${locale}; path=/; max-age=${cookie.maxAge}; samesite=lax${secure}`;
  }

  return (
    <a
      href={href}
      hrefLang={locale}
      lang={locale}
      title={description}
      onClick={keepHash}
      className="inline-flex items-center gap-1.5 rounded-full border border-line px-3 py-1 text-sm font-medium text-fg no-underline hover:border-accent hover:text-accent"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      {label}
    </a>
  );
}
