import { getTranslations } from 'next-intl/server';
import { LOCALE_COOKIE, type Locale } from '@/i18n/routing';
import { localePath, type PagePath } from '@/lib/site';

/**
 * A plain link to this page in the other locale, named in that locale, so it works without
 * JavaScript. With it, public/site.js also carries the `#section` along and remembers the
 * choice for `/` in the cookie these attributes name.
 */
export async function LocaleSwitch({ locale, path }: { locale: Locale; path: PagePath }) {
  const t = await getTranslations({ locale, namespace: 'LocaleSwitch' });
  return (
    <a
      href={localePath(locale, path)}
      hrefLang={locale}
      lang={locale}
      title={t('switchTo')}
      data-locale-switch={locale}
      data-cookie={LOCALE_COOKIE.name}
      data-cookie-max-age={LOCALE_COOKIE.maxAge}
      className="inline-flex items-center gap-1.5 rounded-full border border-line px-3 py-1 text-sm font-medium text-fg no-underline hover:border-accent hover:text-accent"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      {t('name')}
    </a>
  );
}
