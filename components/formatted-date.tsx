import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { monthToDate } from '@/lib/dates';

/** A `YYYY-MM` month as 2023年3月 / Mar 2023. */
export async function Month({ locale, value, className }: { locale: Locale; value: string; className?: string }) {
  const format = await getFormatter({ locale });
  return (
    <time dateTime={value} className={className}>
      {format.dateTime(monthToDate(value), { year: 'numeric', month: 'short' })}
    </time>
  );
}

type DateRangeProps = {
  locale: Locale;
  start?: string;
  end?: string;
  /** Mark the months as the period of the enclosing h-event (microformats2 `dt-start`/`dt-end`). */
  microformat?: boolean;
};

/** A period such as 2023年3月 – 現在; renders nothing when the start is unknown. */
export async function DateRange({ locale, start, end, microformat = false }: DateRangeProps) {
  if (!start) return null;
  const t = await getTranslations({ locale, namespace: 'DateRange' });
  return (
    <span className="whitespace-nowrap">
      <Month locale={locale} value={start} className={microformat ? 'dt-start' : undefined} /> –{' '}
      {end ? <Month locale={locale} value={end} className={microformat ? 'dt-end' : undefined} /> : t('present')}
    </span>
  );
}

/** A full calendar date, e.g. the CV's last-updated day. */
export async function FullDate({ locale, value }: { locale: Locale; value: string }) {
  const format = await getFormatter({ locale });
  const date = new Date(value);
  return <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { dateStyle: 'long' })}</time>;
}
