import { createFormatter } from 'next-intl';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { getCertifications, getEducation, getExperience, getProfile, getResumeProjects, getSkills } from './content';
import { monthToDate } from './dates';
import { translator } from './messages';
import { resumePath } from './resume-files';
import { absoluteUrl } from './site';

/**
 * The short résumé: a selection of what the full résumé says, nothing added. Dates are written
 * here, once, so that the page and its test (which renders it outside Next) read the same.
 */
export type ShortResume = {
  locale: Locale;
  /** The CV's last update, written out (2024年8月10日 / August 10, 2024). */
  updated: string;
  name: string;
  nameReading?: string;
  alternateName: string;
  email: string;
  github: { label: string; url: string };
  location: string;
  jobs: {
    slug: string;
    organization: string;
    period: string;
    positions: { title: string; level?: string; period?: string; notes: string[] }[];
  }[];
  projects: {
    slug: string;
    url: string;
    title: string;
    /** Absent where the CV gives none: the layout says so, nothing is guessed. */
    period?: string;
    role?: string;
    teamSize?: number;
    stack: string[];
    summary?: string;
    challenges: string[];
    featured: boolean;
  }[];
  education: { slug: string; institution: string; status?: string; program: string; period: string }[];
  certifications: string[];
  skills: { slug: string; name: string; level: number }[];
  onlineUrl: string;
  /** The online résumé's address as an SVG QR code. */
  qrCode: string;
};

export async function getShortResume(locale: Locale): Promise<ShortResume> {
  // The zone pages use too (i18n/request.ts): the CV's months are calendar months in Japan.
  const format = createFormatter({ locale, timeZone: 'Asia/Tokyo' });
  const present = translator(locale, 'DateRange')('present');
  const month = (value: string) => format.dateTime(monthToDate(value), { year: 'numeric', month: 'short' });
  const range = (start: string, end?: string) => `${month(start)} – ${end ? month(end) : present}`;
  const profile = getProfile(locale);
  const onlineUrl = absoluteUrl(resumePath(locale));
  return {
    locale,
    updated: format.dateTime(new Date(profile.updated), { dateStyle: 'long' }),
    name: profile.name,
    nameReading: profile.nameReading,
    alternateName: profile.alternateName,
    email: profile.email,
    github: { label: profile.github.label, url: profile.github.url },
    location: profile.location,
    jobs: getExperience(locale).map((job) => ({
      slug: job.slug,
      organization: job.organization,
      period: range(job.start, job.end),
      positions: job.positions.map((position) => ({
        title: position.title,
        level: position.level,
        period: position.start && range(position.start, position.end),
        notes: position.notes ?? [],
      })),
    })),
    projects: getResumeProjects(locale).map((project) => ({
      slug: project.slug,
      url: absoluteUrl(project.url),
      title: project.title,
      period: project.start && range(project.start, project.end),
      role: project.role,
      teamSize: project.teamSize,
      stack: project.stack.map((entry) => entry.label),
      summary: project.summary,
      challenges: project.challenges,
      featured: project.featured,
    })),
    education: getEducation(locale).map((school) => ({
      slug: school.slug,
      institution: school.institution,
      status: school.status,
      program: school.program,
      period: range(school.start, school.end),
    })),
    certifications: getCertifications(locale),
    skills: getSkills(locale).map(({ slug, name, level }) => ({ slug, name, level })),
    onlineUrl,
    qrCode: await QRCode.toString(onlineUrl, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 0,
      color: { dark: '#000000', light: '#ffffff' },
    }),
  };
}
