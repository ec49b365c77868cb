import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getExperience } from '@/lib/content';
import { DateRange } from './formatted-date';
import { ResumeSection } from './resume-section';

/**
 * For the résumé's h-resume, each position is a `p-experience` h-event with its dates, or where
 * the CV gives a position none, its employer's (shown in the heading above it). Internships are
 * one experience, their tasks its summary, as in the JSON Resume (lib/json-resume.ts): the CV
 * names no employer or dates for each.
 */
export async function ResumeCareer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  return (
    <ResumeSection id="career" title={t('career')}>
      <ol className="flex flex-col gap-8 print:block print:space-y-5">
        {getExperience(locale).map((job) => (
          <li key={job.slug} className={`break-inside-avoid${job.kind === 'internship' ? ' p-experience h-event' : ''}`}>
            <h3 className="flex flex-wrap items-baseline justify-between gap-x-4 text-xl font-bold">
              <span className={job.kind === 'internship' ? 'p-name' : undefined}>{job.organization}</span>
              <span className="text-base font-normal text-muted">
                <DateRange locale={locale} start={job.start} end={job.end} microformat={job.kind === 'internship'} />
              </span>
            </h3>
            <ul className={`mt-3 flex flex-col gap-2 border-l-2 border-line pl-4${job.kind === 'internship' ? ' p-summary' : ''}`}>
              {job.positions.map((position) => (
                <li key={position.title} className={job.kind === 'internship' ? undefined : 'p-experience h-event'}>
                  {job.kind !== 'internship' && (
                    <>
                      <data className="p-location" value={job.organization} />
                      {!position.start && <data className="dt-start" value={job.start} />}
                      {!position.start && job.end && <data className="dt-end" value={job.end} />}
                    </>
                  )}
                  <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                    <span>
                      <span className={job.kind === 'internship' ? 'font-semibold' : 'p-name font-semibold'}>{position.title}</span>
                      {position.level && <span className="text-muted">{t('level', { level: position.level })}</span>}
                    </span>
                    <span className="text-sm text-muted">
                      <DateRange locale={locale} start={position.start} end={position.end} microformat={job.kind !== 'internship'} />
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
