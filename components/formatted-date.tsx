import { getFormatter, getTranslations } from 'next-intl/server';
import { monthToDate } from '@/lib/dates';

/** A `YYYY-MM` month as 2023年3月 / Mar 2023. */
export async function Month({ value }: { value: string }) {
  const format = await getFormatter();
  return <time dateTime={value}>{format.dateTime(monthToDate(value), { year: 'numeric', month: 'short' })}</time>;
}

/** A period such as 2023年3月 – 現在; renders nothing when the start is unknown. */
export async function DateRange({ start, end }: { start?: string; end?: string }) {
  if (!start) return null;
  const t = await getTranslations('DateRange');
  return (
    <span className="whitespace-nowrap">
      <Month value={start} /> – {end ? <Month value={end} /> : t('present')}
    </span>
  );
}

/** A full calendar date, e.g. the CV's last-updated day. */
export async function FullDate({ value }: { value: string }) {
  const format = await getFormatter();
  const date = new Date(value);
  return <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { dateStyle: 'long' })}</time>;
}
