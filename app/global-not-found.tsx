import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { otherLocale } from '@/lib/locale';
import { isStaticExport } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = { title: '404', robots: { index: false } };

/**
 * Every unknown path lands here, outside the locale layout. On a server, the proxy has already
 * told next-intl the locale of `/ja/…` and `/en/…` paths; any other path (e.g. `/fr`) gets the
 * default locale. A static host has one 404 page for every path, so the export speaks the default
 * language first. The other language follows in its own block, for visitors who read only that one.
 */
export default async function GlobalNotFound() {
  const locale = isStaticExport ? routing.defaultLocale : await getLocale();
  const secondary = otherLocale(locale);
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  const s = await getTranslations({ locale: secondary, namespace: 'NotFoundPage' });
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col items-center justify-center gap-10 bg-bg px-5 py-16 text-center font-sans text-fg antialiased">
        <main className="max-w-xl">
          <p className="text-6xl font-bold text-accent">404</p>
          <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
          <p className="mt-4 text-muted">{t('description')}</p>
          <p className="mt-8 flex flex-wrap justify-center gap-4">
            <a href={`/${locale}`} className="font-semibold">
              {t('home')}
            </a>
            <a href={`/${locale}/projects`} className="font-semibold">
              {t('projects')}
            </a>
          </p>
        </main>
        <aside lang={secondary} className="max-w-xl border-t border-line pt-6 text-sm text-muted">
          <p className="font-semibold">{s('title')}</p>
          <p>
            {s('description')}{' '}
            <a href={`/${secondary}`} hrefLang={secondary}>
              {s('home')}
            </a>
          </p>
        </aside>
      </body>
    </html>
  );
}
