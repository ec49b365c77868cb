import {
  allCertifications,
  allDocuments,
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
} from 'contentlayer/generated';
import { routing, type Locale } from '@/i18n/routing';
import { findStaleTranslations } from './content-validation';
import type { BodyHeading } from './markdown';
import type { TechnologySource } from './slug';
import type { PagePath } from './site';

/**
 * The only door to the content: pages, metadata, cards and exports read documents through these
 * getters. Which documents exist was decided by the content step: drafts are there only in
 * `npm run dev`.
 */

function single<T extends { locale: string }>(docs: T[], locale: Locale, kind: string): T {
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

export type Skill = StackEntry & { level: number };

function isSkill(value: unknown): value is Skill {
  return isStackEntry(value) && 'level' in value && typeof value.level === 'number';
}

export function getSkills(locale: Locale): Skill[] {
  const technologies: unknown = single(allSkills, locale, 'skills').technologies;
  return Array.isArray(technologies) ? technologies.filter(isSkill) : [];
}

export function getCertifications(locale: Locale): Certifications['certifications'] {
  return single(allCertifications, locale, 'certifications').certifications;
}

export function getInterests(locale: Locale): Pick<Interests, 'languages' | 'development'> {
  const { languages, development } = single(allInterests, locale, 'interests');
  return { languages, development };
}

/**
 * A technology as one place of the CV names it (made by `stackTechnology` in the content step):
 * `label` as written (`(Rust)`), `name` without brackets, `source` the 利用技術 line (`stack`),
 * the project's text (`text`) or the skills, `hedged` where the CV writes it in brackets.
 */
export type StackEntry = { label: string; name: string; slug: string; source: TechnologySource; hedged: boolean };

const SOURCES: readonly string[] = ['stack', 'text', 'skills'] satisfies TechnologySource[];

/**
 * A guard for the items of a `json` field (Contentlayer types them as nothing in particular):
 * an object with each named field of the named type.
 */
function itemOf<T extends object>(fields: Record<keyof T, 'string' | 'number'>) {
  return (value: unknown): value is T =>
    typeof value === 'object' && value !== null && Object.entries(fields).every(([key, type]) => typeof Reflect.get(value, key) === type);
}

const isBodyHeading = itemOf<BodyHeading>({ id: 'string', depth: 'number', text: 'string' });

function isStackEntry(value: unknown): value is StackEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    'label' in value &&
    typeof value.label === 'string' &&
    'name' in value &&
    typeof value.name === 'string' &&
    'slug' in value &&
    typeof value.slug === 'string' &&
    'source' in value &&
    typeof value.source === 'string' &&
    SOURCES.includes(value.source) &&
    'hedged' in value &&
    typeof value.hedged === 'boolean'
  );
}

function technologiesOf(project: Project): StackEntry[] {
  const technologies: unknown = project.technologies;
  return Array.isArray(technologies) ? technologies.filter(isStackEntry) : [];
}

function headingsOf(project: Project): BodyHeading[] {
  const headings: unknown = project.headings;
  return Array.isArray(headings) ? headings.filter(isBodyHeading) : [];
}

export type ProjectSummary = Pick<Project, 'slug' | 'url' | 'title' | 'summary' | 'role' | 'start' | 'end' | 'draft' | 'featured'> & {
  /** The CV's 利用技術 line, as written. */
  stack: StackEntry[];
  /** Technologies the project's text names as used, beyond its 利用技術 line. */
  mentions: StackEntry[];
};

function projectsOf(locale: Locale): Project[] {
  return allProjects.filter((doc) => doc.locale === locale).sort((a, b) => a.order - b.order);
}

function summarize(project: Project): ProjectSummary {
  const { slug, url, title, summary, role, start, end, draft, featured } = project;
  const technologies = technologiesOf(project);
  return {
    slug,
    url,
    title,
    summary,
    role,
    start,
    end,
    draft,
    featured,
    stack: technologies.filter((item) => item.source === 'stack'),
    mentions: technologies.filter((item) => item.source === 'text'),
  };
}

/** Every project of this build, newest first (the CV's order). */
export function getProjects(locale: Locale): ProjectSummary[] {
  return projectsOf(locale).map(summarize);
}

export function getFeaturedProjects(locale: Locale): ProjectSummary[] {
  return getProjects(locale).filter((project) => project.featured);
}

/** The slugs that get a page in this build: the same in every locale. */
export function getProjectSlugs(): string[] {
  return [...new Set(allProjects.map((doc) => doc.slug))];
}

/** A project the CV names that has no page in this build (a draft): its title, and its place in the CV. */
export type NamedProject = { title: string; order: number };

function isNamedProject(value: unknown): value is NamedProject {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    typeof value.title === 'string' &&
    'order' in value &&
    typeof value.order === 'number'
  );
}

/** The projects the CV names without a page in this build, in CV order: shown as names, never as pages. */
export function getNamedProjects(locale: Locale): NamedProject[] {
  const named: unknown = getProfile(locale).namedProjects;
  return Array.isArray(named) ? named.filter(isNamedProject) : [];
}

export type ProjectFacts = ProjectSummary &
  Pick<Project, 'service' | 'company' | 'teamSize' | 'links' | 'order'> & {
    /** The topics the CV names in this project without a text (its draft sections): names only. */
    namedTopics: string[];
    /** The headings of its challenges section (contentlayer.config.ts), one line each. */
    challenges: string[];
  };

function challengesOf(project: Project): string[] {
  const challenges: unknown = project.challenges;
  return Array.isArray(challenges) ? challenges.filter((item): item is string => typeof item === 'string') : [];
}

export type ProjectDetail = ProjectFacts & {
  html: string;
  /** The body's headings, in order: each section's id (its `#fragment`), level and text. */
  headings: BodyHeading[];
  /** The body as Markdown, for the page's Markdown twin. */
  markdown: string;
  previous?: ProjectSummary;
  next?: ProjectSummary;
};

function facts(project: Project): ProjectFacts {
  const { service, company, teamSize, links, order } = project;
  const topics: unknown = project.namedTopics;
  const namedTopics = Array.isArray(topics) ? topics.filter((topic) => typeof topic === 'string') : [];
  return { ...summarize(project), service, company, teamSize, links, namedTopics, order, challenges: challengesOf(project) };
}

export function getProject(locale: Locale, slug: string): ProjectDetail | undefined {
  const projects = projectsOf(locale);
  const index = projects.findIndex((doc) => doc.slug === slug);
  const project = projects[index];
  if (!project) return undefined;
  const previous = projects[index - 1];
  const next = projects[index + 1];
  return {
    ...facts(project),
    html: project.html,
    headings: headingsOf(project),
    markdown: project.markdown,
    previous: previous && summarize(previous),
    next: next && summarize(next),
  };
}

/** Every project in full, its body shaped to sit inside the résumé. */
export function getResumeProjects(locale: Locale): (ProjectFacts & { html: string; markdown: string })[] {
  return projectsOf(locale).map((project) => ({ ...facts(project), html: project.resumeHtml, markdown: project.markdown }));
}

/** A project where the CV names a technology, and how: `entry` says where and as what. */
export type TechnologyUse = ProjectSummary & { entry: StackEntry };

export type Technology = {
  slug: string;
  name: string;
  /** The CV's stars (1–3), where it rates this technology as a skill. */
  level?: number;
  /** The projects whose 利用技術 line lists it or whose text names it, each with the entry. */
  projects: TechnologyUse[];
  /** How many of them the CV states as using it: a bracketed, hedged entry (`(Rust)`) does not count. */
  used: number;
};

/**
 * Every technology in the content: the projects' stacks and mentions and the skills, one per slug
 * (names that differ only in case or brackets are one). Most used first, then the higher rated,
 * then by name.
 */
export function getTechnologies(locale: Locale): Technology[] {
  const technologies = new Map<string, Technology>();
  const entry = (slug: string, name: string) => {
    const found = technologies.get(slug) ?? { slug, name, projects: [], used: 0 };
    technologies.set(slug, found);
    return found;
  };
  for (const skill of getSkills(locale)) entry(skill.slug, skill.name).level = skill.level;
  for (const project of getProjects(locale)) {
    for (const item of [...project.stack, ...project.mentions]) {
      const technology = entry(item.slug, item.name);
      technology.projects.push({ ...project, entry: item });
      if (!item.hedged) technology.used += 1;
    }
  }
  return [...technologies.values()].sort(
    (a, b) =>
      b.used - a.used || b.projects.length - a.projects.length || (b.level ?? 0) - (a.level ?? 0) || a.name.localeCompare(b.name, locale),
  );
}

export function getTechnology(locale: Locale, slug: string): Technology | undefined {
  return getTechnologies(locale).find((technology) => technology.slug === slug);
}

/** The technology slugs that get a page: the same in every locale (stacks and skills are shared facts). */
export function getTechnologySlugs(): string[] {
  return getTechnologies(routing.defaultLocale).map((technology) => technology.slug);
}

/** Every page of the site below its locale prefix. */
export function getPagePaths(): PagePath[] {
  return [
    '',
    '/projects',
    ...getProjectSlugs().map((slug): PagePath => `/projects/${slug}`),
    '/technologies',
    ...getTechnologySlugs().map((slug): PagePath => `/technologies/${slug}`),
    '/resume',
  ];
}

/**
 * The content files of this locale whose translation is older than its source, among those
 * whose path (below content/) starts with one of `folders` (all, when none are given). Only
 * `npm run dev` can have any: a release build stops on them.
 */
export function getStaleTranslations(locale: Locale, folders: string[] = []): string[] {
  return findStaleTranslations(allDocuments)
    .filter((file) => file.endsWith(`/${locale}.md`))
    .filter((file) => folders.length === 0 || folders.some((folder) => file.startsWith(`content/${folder}/`)));
}
