import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { otherLocale } from '@/lib/locale';
import { localePath } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = { title: '404', robots: { index: false } };

/**
 * The one 404 page of the static site (out/404.html): a static host, CloudFront and `npm run
 * serve` send it, with status 404, for every path that names no file, whatever its language.
 * So it speaks the default language first and the other in a block of its own, for visitors who
 * read only that one; no path is needed to read it, and no JavaScript.
 */
export default async function GlobalNotFound() {
  const locale = routing.defaultLocale;
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
            <a href={localePath(locale, '')} className="font-semibold">
              {t('home')}
            </a>
            <a href={localePath(locale, '/projects')} className="font-semibold">
              {t('projects')}
            </a>
          </p>
        </main>
        <aside lang={secondary} className="max-w-xl border-t border-line pt-6 text-sm text-muted">
          <p className="font-semibold">{s('title')}</p>
          <p>
            {s('description')}{' '}
            <a href={localePath(secondary, '')} hrefLang={secondary}>
              {s('home')}
            </a>{' '}
            <a href={localePath(secondary, '/projects')} hrefLang={secondary}>
              {s('projects')}
            </a>
          </p>
        </aside>
      </body>
    </html>
  );
}
