import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@/i18n/routing';

/** Where scripts/resume-pdf.ts writes a locale's PDF; Next serves it at /{locale}/resume.pdf. */
export function resumePdfPath(locale: Locale): string {
  return join(process.cwd(), 'public', locale, 'resume.pdf');
}

/** The résumé PDF of a locale, if this build has one (it needs Chromium at build time). */
export function getResumePdf(locale: Locale): { href: string; bytes: number } | undefined {
  const path = resumePdfPath(locale);
  return existsSync(path) ? { href: `/${locale}/resume.pdf`, bytes: statSync(path).size } : undefined;
}
