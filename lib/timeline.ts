import type { Locale } from '@/i18n/routing';
import { getEducation, getExperience, getProfile } from './content';

/** One span of time on the timeline: a position, an internship period, a course of study. */
export type TimelineBar = {
  key: string;
  /** What the span was: a position's title, a programme; empty where the group's name says it. */
  label: string;
  /** A position's level, a student's status. */
  level?: string;
  start: string;
  /** No end: still so when the CV was last updated. */
  end?: string;
  /** Where the bar sits on the axis, in percent of its width. */
  from: number;
  to: number;
};

export type TimelineGroup = {
  key: string;
  kind: 'employment' | 'internship' | 'education';
  /** The employer or school. */
  name: string;
  bars: TimelineBar[];
};

export type CareerTimeline = {
  groups: TimelineGroup[];
  /** The month the CV speaks of as "now": its last update. */
  asOf: string;
  /** January of each year on the axis, with its place in percent. */
  years: { year: number; at: number }[];
};

const months = (yearMonth: string) => {
  const [year = 0, month = 1] = yearMonth.split('-').map(Number);
  return year * 12 + (month - 1);
};

/**
 * Employers with their positions, internships and education, to scale in time, from the same
 * content as the résumé. Ongoing spans run to the CV's last update, not to the day of the build:
 * the CV says what was so then, and the site claims no more.
 */
export function getCareerTimeline(locale: Locale): CareerTimeline {
  const asOf = getProfile(locale).updated.slice(0, 7);
  const experience = getExperience(locale);
  const education = getEducation(locale);
  const starts = [...experience.map((job) => job.start), ...education.map((school) => school.start)];
  const first = Math.min(...starts.map((start) => Math.floor(months(start) / 12)));
  const last = Math.floor(months(asOf) / 12) + 1;
  const span = (last - first) * 12;
  const at = (yearMonth: string) => Math.round(((months(yearMonth) - first * 12) / span) * 10000) / 100;
  const bar = (key: string, label: string, start: string, end: string | undefined, level?: string): TimelineBar => ({
    key,
    label,
    ...(level ? { level } : {}),
    start,
    ...(end ? { end } : {}),
    from: at(start),
    to: at(end ?? asOf),
  });

  const groups: (TimelineGroup & { start: string })[] = [
    ...experience.map((job) => ({
      key: `experience-${job.slug}`,
      kind: job.kind,
      name: job.organization,
      start: job.start,
      bars:
        job.kind === 'internship'
          ? [bar(job.slug, '', job.start, job.end)]
          : job.positions.map((position) => {
              // A position without dates spans the whole employment.
              const start = position.start ?? job.start;
              const end = position.start ? position.end : job.end;
              return bar(`${job.slug}-${start}`, position.title, start, end, position.level);
            }),
    })),
    ...education.map((school) => ({
      key: `education-${school.slug}`,
      kind: 'education' as const,
      name: school.institution,
      start: school.start,
      bars: [bar(school.slug, school.program, school.start, school.end, school.status)],
    })),
  ];
  return {
    groups: groups
      .sort((a, b) => b.start.localeCompare(a.start))
      .map(({ start: _start, ...group }) => ({ ...group, bars: [...group.bars].sort((a, b) => b.start.localeCompare(a.start)) })),
    asOf,
    years: Array.from({ length: last - first + 1 }, (_, index) => ({
      year: first + index,
      at: Math.round((index / (last - first)) * 10000) / 100,
    })),
  };
}
