import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getEducation } from '@/lib/content';
import { DateRange } from './formatted-date';
import { ResumeSection } from './resume-section';

export async function ResumeEducation({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  return (
    <ResumeSection id="education" title={t('education')}>
      <ol className="flex flex-col gap-4 print:block print:space-y-3">
        {getEducation(locale).map((school) => (
          <li key={school.slug} className="p-education h-event flex flex-wrap items-baseline justify-between gap-x-4 break-inside-avoid">
            <span>
              <span className="p-name font-semibold">{school.institution}</span>
              {school.status && <span className="text-muted">{t('status', { status: school.status })}</span>}
              <span className="p-summary block">{school.program}</span>
            </span>
            <span className="text-sm text-muted">
              <DateRange locale={locale} start={school.start} end={school.end} microformat />
            </span>
          </li>
        ))}
      </ol>
    </ResumeSection>
  );
}
