import type { Locale } from '@/i18n/routing';
import {
  getCertifications,
  getEducation,
  getExperience,
  getInterests,
  getNamedProjects,
  getProfile,
  getResumeProjects,
  getSkills,
} from './content';
import { jsonResumeSchemaUrl, type ResumeSchema } from './json-resume-schema';
import { translator } from './messages';
import { resumePath } from './resume-files';
import { absoluteUrl, localePath } from './site';

type Work = NonNullable<ResumeSchema['work']>[number];

/** The résumé for tools, from the same getters as the page: `/{locale}/resume.json`. */
export function toJsonResume(locale: Locale): ResumeSchema & { $schema: string } {
  const profile = getProfile(locale);
  const t = translator(locale, 'ResumePage');
  const level = translator(locale, 'SkillLevel');
  const interests = getInterests(locale);
  return {
    $schema: jsonResumeSchemaUrl,
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
    work: getExperience(locale).flatMap((job): Work[] => {
      // The CV names no employer for its internships: one period, its tasks as highlights.
      if (job.kind === 'internship') {
        return [
          {
            position: job.organization,
            startDate: job.start,
            ...(job.end ? { endDate: job.end } : {}),
            highlights: job.positions.map((task) => task.title),
          },
        ];
      }
      // One entry per position, as the CV lists them; a position without dates spans its employment.
      return job.positions.map((position) => {
        const endDate = position.start ? position.end : job.end;
        return {
          name: job.organization,
          position: position.level ? `${position.title}${t('level', { level: position.level })}` : position.title,
          startDate: position.start ?? job.start,
          ...(endDate ? { endDate } : {}),
          highlights: position.notes ?? [],
        };
      });
    }),
    education: getEducation(locale).map((school) => ({
      institution: school.institution,
      area: school.program,
      ...(school.status ? { studyType: school.status } : {}),
      startDate: school.start,
      endDate: school.end,
    })),
    skills: getSkills(locale).map((skill) => ({ name: skill.name, level: level('label', { level: skill.level }) })),
    certificates: getCertifications(locale).map((name) => ({ name })),
    // The projects with a page, then those the CV only names (as names, like the résumé's list).
    projects: [
      ...getResumeProjects(locale).map((project) => ({
        name: project.title,
        ...(project.summary ? { description: project.summary } : {}),
        url: absoluteUrl(project.url),
        roles: project.role ? [project.role] : [],
        // `entity` is the organisation a project was for; the CV names one only as `company`.
        ...(project.company ? { entity: project.company } : {}),
        ...(project.service ? { type: project.service } : {}),
        ...(project.start ? { startDate: project.start } : {}),
        ...(project.end ? { endDate: project.end } : {}),
        keywords: project.stack.map((item) => item.label),
      })),
      ...getNamedProjects(locale).map((project) => ({ name: project.title })),
    ],
    interests: [
      { name: t('languages'), keywords: interests.languages },
      { name: t('development'), keywords: interests.development },
    ],
    meta: {
      canonical: absoluteUrl(`${resumePath(locale)}.json`),
      lastModified: profile.updated.slice(0, 10),
      language: locale,
    },
  };
}
