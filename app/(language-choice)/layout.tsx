import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import '../globals.css';

/** Its own root layout: `/` belongs to neither language, so it has no header and no locale. */
export default function LanguageChoiceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={routing.defaultLocale}>
      <body className="flex min-h-dvh flex-col items-center justify-center bg-bg px-5 py-16 font-sans text-fg antialiased">{children}</body>
    </html>
  );
}
