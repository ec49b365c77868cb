import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { monthToDate } from '@/lib/dates';
import { getCareerTimeline, type TimelineBar } from '@/lib/timeline';
import { DateRange } from './formatted-date';

const barClass = {
  employment: 'fill-accent',
  internship: 'fill-accent opacity-60',
  education: 'fill-muted opacity-70',
} as const;

/** A bar on the shared axis: SVG geometry in percent, so it scales with no inline style (the CSP allows none). */
function Track({ bar, className, years }: { bar?: TimelineBar; className?: string; years: { year: number; at: number }[] }) {
  return (
    <svg aria-hidden="true" width="100%" height="14" className="block overflow-visible">
      <rect x="0" y="3" width="100%" height="8" rx="4" className="fill-line" />
      {years.map(({ year, at }) => (
        <line key={year} x1={`${at}%`} x2={`${at}%`} y1="0" y2="14" className="stroke-bg" strokeWidth="2" />
      ))}
      {bar && <rect x={`${bar.from}%`} y="3" width={`${Math.max(bar.to - bar.from, 0.6)}%`} height="8" rx="4" className={className} />}
    </svg>
  );
}

/**
 * The career at a glance, server-rendered: employers, positions, the internship period and
 * education as bars to scale in time. The list itself is the text equivalent — every name and
 * period is text; the bars are drawn for the eye only.
 */
export async function CareerTimeline({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'CareerTimeline' });
  const format = await getFormatter({ locale });
  const timeline = getCareerTimeline(locale);
  const asOf = format.dateTime(monthToDate(timeline.asOf), { year: 'numeric', month: 'long' });
  // Label beside bar from a tablet up; on paper the label takes more room, as the page is narrow and the type small.
  const row =
    'grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)] sm:items-center print:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] print:gap-y-0';

  return (
    <figure className="break-inside-avoid">
      <div aria-hidden="true" className={`${row} mb-2`}>
        <span />
        <svg aria-hidden="true" width="100%" height="16" className="block overflow-visible text-xs">
          {/* Each year labels its own span, between one January and the next. */}
          {timeline.years.slice(0, -1).map(({ year, at }, index) => (
            <text
              key={year}
              x={`${(at + (timeline.years[index + 1]?.at ?? 100)) / 2}%`}
              y="12"
              textAnchor="middle"
              className={`fill-muted ${year % 2 === 1 ? 'max-sm:hidden' : ''}`}
            >
              {year}
            </text>
          ))}
        </svg>
      </div>
      <ol className="flex flex-col gap-4 print:gap-1.5">
        {timeline.groups.map((group) => (
          <li key={group.key} className="flex flex-col gap-1.5 print:gap-0">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{group.name}</span>
              {t(group.kind) !== group.name && <span className="text-xs text-muted">{t(group.kind)}</span>}
            </p>
            <ol className="flex flex-col gap-1.5">
              {group.bars.map((bar) => (
                <li key={bar.key} className={row}>
                  <span className="text-sm print:text-xs">
                    {bar.label && (
                      <span className="me-2">
                        {bar.label}
                        {bar.level && <span className="text-muted">{t('level', { level: bar.level })}</span>}
                      </span>
                    )}
                    <span className="text-muted">
                      <DateRange locale={locale} start={bar.start} end={bar.end} />
                    </span>
                  </span>
                  <Track bar={bar} years={timeline.years} className={barClass[group.kind]} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <figcaption className="mt-3 text-sm text-muted print:mt-1 print:text-xs">{t('asOf', { date: asOf })}</figcaption>
    </figure>
  );
}
