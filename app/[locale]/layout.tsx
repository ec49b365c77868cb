import type { Metadata, Viewport } from 'next';
import { getProfile } from '@/lib/content';
import { PageScripts } from '@/components/page-scripts';
import { generateLocaleParams, resolveLocale } from '@/lib/locale';
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

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { name } = getProfile(locale);
  return {
    metadataBase: siteUrl,
    title: { default: name, template: `%s | ${name}` },
    // Naming one icon names them all: app/icon.svg and the PNG touch icon (app/touch-icon.png).
    icons: {
      icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }],
      apple: [{ url: '/touch-icon.png', type: 'image/png', sizes: '180x180' }],
    },
  };
}

/** The document of every page of a locale; each page draws its own header (it knows its path). */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-bg font-sans text-fg antialiased">
        {children}
        <PageScripts />
      </body>
    </html>
  );
}
