import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { generateLocaleParams, resolveLocale, type LocaleParams } from '@/lib/locale';
import { siteUrl } from '@/lib/site';
import '../globals.css';

// Only `ja` and `en` exist; any other first segment is a 404, not a render.
export const dynamicParams = false;
export const generateStaticParams = generateLocaleParams;

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: siteUrl,
    title: { default: t('siteName'), template: `%s | ${t('siteName')}` },
  };
}

export default async function LocaleLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-bg font-sans text-fg antialiased">
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-5 py-10 focus:outline-none sm:py-14 print:max-w-none print:p-0">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
