import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { localePath } from '@/lib/site';
import '../globals.css';

/** Its own root layout: `/` belongs to neither language, so it has no header and no locale. */
export default function LanguageChoiceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={routing.defaultLocale}>
      <head>
        {/* Without JavaScript, a refresh to the default language. In <head>: only there may a
            <noscript> hold a <meta> (HTML's content model; the Nu checker rejects it in <body>). */}
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=${localePath(routing.defaultLocale, '')}`} />
        </noscript>
      </head>
      <body className="flex min-h-dvh flex-col items-center justify-center bg-bg px-5 py-16 font-sans text-fg antialiased">{children}</body>
    </html>
  );
}
