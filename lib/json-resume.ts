import type { Locale } from '@/i18n/routing';
import { getCertifications, getEducation, getExperience, getInterests, getProfile, getResumeProjects, getSkills } from './content';
import { translator } from './messages';
import { absoluteUrl, localePath } from './site';

/** The parts of the JSON Resume schema (jsonresume.org, v1.0.0) that the CV fills. */
export type JsonResume = {
  $schema: string;
  basics: {
    name: string;
    label: string;
    email: string;
    url: string;
    summary: string;
    location: { city: string };
    profiles: { network: string; username: string; url: string }[];
  };
  work: { name: string; position: string; startDate: string; endDate?: string; highlights: string[] }[];
  education: { institution: string; area: string; studyType?: string; startDate: string; endDate: string }[];
  skills: { name: string; level: string }[];
  certificates: { name: string }[];
  projects: { name: string; description?: string; url: string; roles: string[]; entity?: string; keywords: string[] }[];
  interests: { name: string; keywords: string[] }[];
  meta: { canonical: string; lastModified: string; language: Locale };
};

/** The résumé for tools, from the same getters as the page: `/{locale}/resume.json`. */
export function toJsonResume(locale: Locale): JsonResume {
  const profile = getProfile(locale);
  const t = translator(locale, 'ResumePage');
  const level = translator(locale, 'SkillLevel');
  const interests = getInterests(locale);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: profile.name,
      label: profile.jobTitle,
      email: profile.email,
      url: absoluteUrl(localePath(locale, '')),
      summary: profile.tagline,
      location: { city: profile.location },
      profiles: [
        { network: 'GitHub', username: profile.github.label, url: profile.github.url },
        { network: 'Credly', username: profile.credly.label, url: profile.credly.url },
      ],
    },
    // One entry per role, as the CV lists them; a role without dates spans its employment.
    work: getExperience(locale).flatMap((job) =>
      job.positions.map((position) => {
        const endDate = position.start ? position.end : job.end;
        return {
          name: job.organization,
          position: position.level ? `${position.title} (${position.level})` : position.title,
          startDate: position.start ?? job.start,
          ...(endDate ? { endDate } : {}),
          highlights: position.notes ?? [],
        };
      }),
    ),
    education: getEducation(locale).map((school) => ({
      institution: school.institution,
      area: school.program,
      ...(school.status ? { studyType: school.status } : {}),
      startDate: school.start,
      endDate: school.end,
    })),
    skills: getSkills(locale).map((skill) => ({ name: skill.name, level: level('label', { level: skill.level }) })),
    certificates: getCertifications(locale).map((name) => ({ name })),
    projects: getResumeProjects(locale).map((project) => ({
      name: project.title,
      ...(project.summary ? { description: project.summary } : {}),
      url: absoluteUrl(project.url),
      roles: project.role ? [project.role] : [],
      ...(project.service ? { entity: project.service } : {}),
      keywords: project.stack,
    })),
    interests: [
      { name: t('languages'), keywords: interests.languages },
      { name: t('development'), keywords: interests.development },
    ],
    meta: {
      canonical: absoluteUrl(`${localePath(locale, '/resume')}.json`),
      lastModified: profile.updated.slice(0, 10),
      language: locale,
    },
  };
}
