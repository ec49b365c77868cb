import type { Locale } from '@/i18n/routing';

export type Paper = 'a4' | 'letter';

/**
 * The paper each locale's résumé PDFs are printed on: A4, the size in Japan and most of the world,
 * and for English readers US Letter too, first, as North American recruiters print on it.
 */
export const RESUME_PAPERS: Record<Locale, readonly Paper[]> = { ja: ['a4'], en: ['letter', 'a4'] };

/**
 * The two documents: `short`, the pages a recruiter skims and forwards (at most
 * SHORT_RESUME_MAX_PAGES), and `full`, the whole résumé page on paper for the engineer who
 * interviews.
 */
export type ResumeLength = 'short' | 'full';
export const RESUME_LENGTHS: readonly ResumeLength[] = ['short', 'full'];
export const SHORT_RESUME_MAX_PAGES = 2;

/**
 * How the short résumé loses detail as the content grows, one step at a time until it fits:
 * everything; challenge bullets for featured projects only; summaries too for featured projects
 * only; titles, roles, teams and stacks alone. Past the last step it is printed as it is and the
 * build says how long it came out (app/globals.css hides what each step leaves out).
 */
export const SHORT_RESUME_DETAILS = ['all', 'featured-challenges', 'featured-summaries', 'titles'] as const;
export type ShortResumeDetail = (typeof SHORT_RESUME_DETAILS)[number];

export type ResumePdf = { locale: Locale; length: ResumeLength; paper: Paper; href: string };

/** Where a résumé PDF is served (and written below out/). The full ones keep their first URLs. */
export function resumePdfHref(locale: Locale, paper: Paper, length: ResumeLength = 'full'): string {
  return length === 'full' ? `/${locale}/resume-${paper}.pdf` : `/${locale}/resume-${length}-${paper}.pdf`;
}

/** Every PDF of a locale, short ones first, each paper in RESUME_PAPERS' order. */
export function resumePdfs(locale: Locale): ResumePdf[] {
  return RESUME_LENGTHS.flatMap((length) =>
    RESUME_PAPERS[locale].map((paper) => ({ locale, length, paper, href: resumePdfHref(locale, paper, length) })),
  );
}

/** The online résumé a printed copy leads back to. */
export function resumePath(locale: Locale): string {
  return `/${locale}/resume`;
}

/**
 * The page each PDF is printed from. The short résumé's page is print-only: the build prints it
 * and then deletes it from out/ (`npm run dev` shows it, for the owner to check).
 */
export function resumePrintPath(locale: Locale, length: ResumeLength): string {
  return length === 'full' ? resumePath(locale) : `${resumePath(locale)}/${length}`;
}

/**
 * Set by scripts/build.ts before `next build` when this build prints the PDFs (a Chromium was
 * found and starts): the résumé page then links them as it is rendered; otherwise it says that
 * this preview has none. `next dev` never has PDFs.
 */
export const RESUME_PDFS_ENV = 'RESUME_PDFS';
export function resumePdfsPrinted(): boolean {
  return process.env[RESUME_PDFS_ENV] === 'print';
}

/**
 * What only printing can tell: each link's pages and size are written into the element carrying
 * this attribute (its value the PDF's href) by the one step after printing,
 * scripts/print-resume-pdfs.ts `writePdfFacts`.
 */
export const PDF_FACTS_ATTRIBUTE = 'data-pdf-facts';
/** The same attribute as rehype names it in the tree it rewrites. */
export const PDF_FACTS_PROPERTY = 'dataPdfFacts';
export type PdfFacts = { pages: number; bytes: number };
