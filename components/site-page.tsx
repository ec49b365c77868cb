import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { PagePath } from '@/lib/site';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { TranslationNotice } from './translation-notice';

type Props = {
  locale: Locale;
  /** The page's own path below the locale: the header marks it and the locale switch keeps it. */
  path: PagePath;
  /** Content folders the page is drawn from, for the development-only stale-translation notice. */
  sources?: string[];
  children: ReactNode;
};

/** Every page of a locale: header, main content, footer. */
export function SitePage({ locale, path, sources = [], children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-5 py-10 focus:outline-none sm:py-14 print:max-w-none print:p-0"
      >
        <TranslationNotice locale={locale} sources={sources} />
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
