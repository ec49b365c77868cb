import {
  allCertifications,
  allEducation,
  allExperiences,
  allInterests,
  allProfiles,
  allProjects,
  allSkills,
  type Certifications,
  type Education,
  type Experience,
  type Interests,
  type Profile,
  type Project,
  type Skills,
} from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import type { PagePath } from './site';

/**
 * The only door to the content: pages, metadata and feeds read documents through these getters.
 * Drafts (sections the CV leaves empty) are visible in `next dev` only.
 */
export function showsDrafts() {
  return process.env.NODE_ENV === 'development';
}

function single<T extends { locale: string; _raw: { sourceFilePath: string } }>(docs: T[], locale: Locale, kind: string): T {
  const doc = docs.find((candidate) => candidate.locale === locale);
  // Content validation makes this unreachable; failing loudly beats rendering half a page.
  if (!doc) throw new Error(`No ${kind} document for locale "${locale}" in content/`);
  return doc;
}

const byStartDescending = (a: { start: string }, b: { start: string }) => b.start.localeCompare(a.start);

export function getProfile(locale: Locale): Profile {
  return single(allProfiles, locale, 'profile');
}

export function getExperience(locale: Locale): Experience[] {
  return allExperiences.filter((doc) => doc.locale === locale).sort(byStartDescending);
}

export function getEducation(locale: Locale): Education[] {
  return allEducation.filter((doc) => doc.locale === locale).sort(byStartDescending);
}

export function getSkills(locale: Locale): Skills['skills'] {
  return single(allSkills, locale, 'skills').skills;
}

export function getCertifications(locale: Locale): Certifications['certifications'] {
  return single(allCertifications, locale, 'certifications').certifications;
}

export function getInterests(locale: Locale): Pick<Interests, 'languages' | 'development'> {
  const { languages, development } = single(allInterests, locale, 'interests');
  return { languages, development };
}

export type ProjectSummary = Pick<
  Project,
  'slug' | 'url' | 'title' | 'summary' | 'role' | 'stack' | 'start' | 'end' | 'draft' | 'featured'
>;

function visibleProjects(locale: Locale): Project[] {
  return allProjects
    .filter((doc) => doc.locale === locale && (showsDrafts() || !doc.draft))
    .sort((a, b) => a.order - b.order);
}

function summarize({ slug, url, title, summary, role, stack, start, end, draft, featured }: Project): ProjectSummary {
  return { slug, url, title, summary, role, stack, start, end, draft, featured };
}

/** Every visible project, newest first (the CV's order). */
export function getProjects(locale: Locale): ProjectSummary[] {
  return visibleProjects(locale).map(summarize);
}

export function getFeaturedProjects(locale: Locale): ProjectSummary[] {
  return getProjects(locale).filter((project) => project.featured);
}

/** The slugs that get a page in this build: the same in every locale. */
export function getProjectSlugs(): string[] {
  return [...new Set(allProjects.filter((doc) => showsDrafts() || !doc.draft).map((doc) => doc.slug))];
}

export type ProjectFields = Omit<Project, 'html' | 'htmlWithDrafts' | 'resumeHtml' | 'body' | '_raw' | '_id' | 'type'>;

export type ProjectDetail = ProjectFields & {
  html: string;
  previous?: ProjectSummary;
  next?: ProjectSummary;
};

function fields(project: Project): ProjectFields {
  const { html: _html, htmlWithDrafts: _drafts, resumeHtml: _resume, body: _body, _raw, _id, type: _type, ...rest } = project;
  return rest;
}

export function getProject(locale: Locale, slug: string): ProjectDetail | undefined {
  const projects = visibleProjects(locale);
  const index = projects.findIndex((doc) => doc.slug === slug);
  const project = projects[index];
  if (!project) return undefined;
  const previous = projects[index - 1];
  const next = projects[index + 1];
  return {
    ...fields(project),
    html: showsDrafts() ? project.htmlWithDrafts : project.html,
    previous: previous && summarize(previous),
    next: next && summarize(next),
  };
}

/** Every visible project in full, its body shaped to sit inside the résumé. */
export function getResumeProjects(locale: Locale): (ProjectFields & { html: string })[] {
  return visibleProjects(locale).map((project) => ({ ...fields(project), html: project.resumeHtml }));
}


/** Every page of the site below its locale prefix, drafts left out in production. */
export function getPagePaths(): PagePath[] {
  return ['', '/projects', ...getProjectSlugs().map((slug): PagePath => `/projects/${slug}`), '/resume'];
}
