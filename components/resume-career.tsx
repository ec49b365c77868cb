import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getExperience } from '@/lib/content';
import { DateRange } from './formatted-date';
import { ResumeSection } from './resume-section';

export async function ResumeCareer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  return (
    <ResumeSection id="career" title={t('career')}>
      <ol className="flex flex-col gap-8 print:block print:space-y-5">
        {getExperience(locale).map((job) => (
          <li key={job.slug} className="break-inside-avoid">
            <h3 className="flex flex-wrap items-baseline justify-between gap-x-4 text-xl font-bold">
              {job.organization}
              <span className="text-base font-normal text-muted">
                <DateRange locale={locale} start={job.start} end={job.end} />
              </span>
            </h3>
            <ul className="mt-3 flex flex-col gap-2 border-l-2 border-line pl-4">
              {job.positions.map((position) => (
                <li key={position.title}>
                  <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                    <span>
                      <span className="font-semibold">{position.title}</span>
                      {position.level && <span className="text-muted">{t('level', { level: position.level })}</span>}
                    </span>
                    <span className="text-sm text-muted">
                      <DateRange locale={locale} start={position.start} end={position.end} />
                    </span>
                  </p>
                  {position.notes && (
                    <ul className="list-disc pl-5 text-[0.95rem]">
                      {position.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </ResumeSection>
  );
}
