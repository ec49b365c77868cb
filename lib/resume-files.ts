import type { Locale } from '@/i18n/routing';

export type Paper = 'a4' | 'letter';

/**
 * The paper each locale's résumé PDF is printed on: A4, the size in Japan and most of the world,
 * and for English readers US Letter too, first, as North American recruiters print on it.
 */
export const RESUME_PAPERS: Record<Locale, readonly Paper[]> = { ja: ['a4'], en: ['letter', 'a4'] };

/** Where a résumé PDF is served (and written below out/). */
export function resumePdfHref(locale: Locale, paper: Paper): string {
  return `/${locale}/resume-${paper}.pdf`;
}

/** The online résumé a printed copy leads back to. */
export function resumePath(locale: Locale): string {
  return `/${locale}/resume`;
}
