import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { PDF_FACTS_ATTRIBUTE, resumePdfs, resumePdfsPrinted } from '@/lib/resume-files';
import { asciiSlug } from '@/lib/slug';
import { PrintButton } from './print-button';

const action =
  'inline-flex items-center rounded-full border border-line bg-surface px-4 py-1.5 text-sm font-semibold text-fg no-underline hover:border-accent hover:text-accent';

/**
 * The résumé in its other forms: the short and the full PDF per paper, JSON Resume, print. The
 * page is rendered knowing whether this build prints the PDFs (scripts/build.ts decides before
 * `next build`): it links them, or says that this preview has none. Each link's pages and size
 * exist only once its PDF is printed, after `next build`: scripts/print-resume-pdfs.ts writes them
 * into the PDF_FACTS_ATTRIBUTE element, and a build whose page links a PDF it did not print fails.
 */
export async function ResumeDownloads({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumeDownloads' });
  const pdfs = resumePdfsPrinted() ? resumePdfs(locale) : [];
  // Saved files are named in Latin letters, whichever script the page's name is in.
  const { name, alternateName } = getProfile(locale);
  const fileName = [name, alternateName].map(asciiSlug).find(Boolean) ?? 'resume';
  return (
    <div className="print:hidden">
      <ul aria-label={t('label')} className="flex flex-wrap gap-2">
        {pdfs.map(({ href, paper, length }) => (
          <li key={href}>
            <a href={href} type="application/pdf" download={t('fileName', { name: fileName, paper, length })} className={action}>
              {t.rich('pdf', { length, paper: t('paper', { paper }), facts: () => <span {...{ [PDF_FACTS_ATTRIBUTE]: href }} /> })}
            </a>
          </li>
        ))}
        <li>
          <a href={`/${locale}/resume.json`} type="application/json" className={action}>
            {t('json')}
          </a>
        </li>
        <li>
          <PrintButton label={t('print')} className={`${action} cursor-pointer`} />
        </li>
      </ul>
      {pdfs.length === 0 && <p className="mt-3 text-sm text-muted">{t('unavailable')}</p>}
    </div>
  );
}
