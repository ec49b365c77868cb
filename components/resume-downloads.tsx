import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getResumePdf } from '@/lib/resume-pdf';
import { PrintButton } from './print-button';

const action =
  'inline-flex items-center rounded-full border border-line bg-surface px-4 py-1.5 text-sm font-semibold text-fg no-underline hover:border-accent hover:text-accent';

/** The résumé in its other forms: PDF (when this build has one), JSON Resume, print. */
export async function ResumeDownloads({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumeDownloads' });
  const format = await getFormatter({ locale });
  const pdf = getResumePdf(locale);
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-2 print:hidden">
      {pdf && (
        <li>
          <a href={pdf.href} type="application/pdf" download={t('fileName')} className={action}>
            {t('pdf', { size: format.number(pdf.bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }) })}
          </a>
        </li>
      )}
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
