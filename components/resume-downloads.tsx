import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { RESUME_PAPERS, resumePdfHref } from '@/lib/resume-files';
import { asciiSlug } from '@/lib/slug';
import { PrintButton } from './print-button';

const action =
  'inline-flex items-center rounded-full border border-line bg-surface px-4 py-1.5 text-sm font-semibold text-fg no-underline hover:border-accent hover:text-accent';

/**
 * The résumé in its other forms: a PDF per paper size, JSON Resume, print. The PDFs are printed
 * from the built site, after `next build`; the build then states each one's size here, or drops
 * its link if it could not be printed (settleResumePdfLinks, scripts/static-export.ts). `next dev` has no PDFs.
 */
export async function ResumeDownloads({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumeDownloads' });
  const pdfs = process.env.NODE_ENV === 'production' ? RESUME_PAPERS[locale] : [];
  // Saved files are named in Latin letters, whichever script the page's name is in.
  const { name, alternateName } = getProfile(locale);
  const fileName = [name, alternateName].map(asciiSlug).find(Boolean) ?? 'resume';
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-2 print:hidden">
      {pdfs.map((paper) => (
        <li key={paper} data-resume-pdf={resumePdfHref(locale, paper)}>
          <a
            href={resumePdfHref(locale, paper)}
            type="application/pdf"
            download={t('fileName', { name: fileName, paper })}
            className={action}
          >
            {t.rich('pdf', { paper: t('paper', { paper }), size: () => <span data-pdf-size="" /> })}
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
  );
}
