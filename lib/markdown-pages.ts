import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { routing, type Locale } from '@/i18n/routing';
import {
  getCertifications,
  getEducation,
  getExperience,
  getFeaturedProjects,
  getInterests,
  getPagePaths,
  getProfile,
  getProject,
  getProjects,
  getResumeProjects,
  getSkills,
  getTechnologies,
  getTechnology,
  type ProjectFacts,
} from './content';
import { placeMarkdown, stringifyMarkdown } from './markdown';
import { translator } from './messages';
import { absoluteUrl, localePath, type PagePath } from './site';
import { vCardPath } from './vcard';

/**
 * Every page's Markdown twin: the page's h1 and facts, from the same getters, with absolute
 * links, for language models and other tools that read text. It sits beside the page's card,
 * `<page>/index.md`: `<page>.md` would need a second dynamic segment beside `[slug]` and `[tech]`
 * (and a suffix on `[locale]`), which Next's router refuses.
 */
export function markdownPath(locale: Locale, path: PagePath): string {
  return `${localePath(locale, path)}/index.md`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const item = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children }] });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
/** `label: value`, the way the pages' definition lists read. */
const fact = (label: string, ...value: PhrasingContent[]): ListItem => item(text(`${label}: `), ...value);
const page = (locale: Locale, path: PagePath) => absoluteUrl(localePath(locale, path));

/** A period in ISO months, which every reader parses: `2023-03 – 現在`. */
function period(locale: Locale, start?: string, end?: string): string | undefined {
  if (!start) return undefined;
  return `${start} – ${end ?? translator(locale, 'DateRange')('present')}`;
}

function stars(locale: Locale, level: number): string {
  return `${'★'.repeat(level)}${'☆'.repeat(3 - level)} (${translator(locale, 'SkillLevel')('label', { level })})`;
}

/** The first lines of every twin: where the page itself is, and its other formats. */
function pageLine(locale: Locale, path: PagePath): RootContent {
  return paragraph(link(page(locale, path), page(locale, path)));
}

function projectFacts(locale: Locale, project: ProjectFacts): ListItem[] {
  const t = translator(locale, 'ProjectFacts');
  const when = period(locale, project.start, project.end);
  const join = (parts: PhrasingContent[][]) => parts.flatMap((part, index) => (index === 0 ? part : [text(', '), ...part]));
  return [
    ...(when ? [fact(t('period'), text(when))] : []),
    ...(project.company ? [fact(t('company'), text(project.company))] : []),
    ...(project.service ? [fact(t('service'), text(project.service))] : []),
    ...(project.teamSize ? [fact(t('teamSize'), text(t('teamSizeValue', { count: project.teamSize })))] : []),
    ...(project.role ? [fact(t('role'), text(project.role))] : []),
    ...(project.stack.length > 0
      ? [fact(t('stack'), ...join(project.stack.map((entry) => [link(page(locale, `/technologies/${entry.slug}`), entry.label)])))]
      : []),
    ...(project.links.length > 0 ? [fact(t('links'), ...join(project.links.map((entry) => [link(entry.url, entry.label)])))] : []),
  ];
}

function projectList(locale: Locale, projects: { slug: string; title: string; summary?: string }[]): RootContent {
  return list(
    projects.map((project) =>
      item(link(page(locale, `/projects/${project.slug}`), project.title), ...(project.summary ? [text(`: ${project.summary}`)] : [])),
    ),
  );
}

function skillList(locale: Locale): RootContent {
  return list(
    getSkills(locale).map((skill) =>
      item(link(page(locale, `/technologies/${skill.slug}`), skill.name), text(` ${stars(locale, skill.level)}`)),
    ),
  );
}

function career(locale: Locale, depth: 2 | 3): RootContent[] {
  const level = translator(locale, 'ResumePage');
  return getExperience(locale).flatMap((job) => [
    heading(depth, text(`${job.organization} (${period(locale, job.start, job.end) ?? ''})`)),
    list(
      job.positions.map((position) => {
        const when = period(locale, position.start, position.end);
        const notes = position.notes?.length ? `: ${position.notes.join('; ')}` : '';
        return item(
          text(`${position.title}${position.level ? level('level', { level: position.level }) : ''}${when ? ` (${when})` : ''}${notes}`),
        );
      }),
    ),
  ]);
}

function education(locale: Locale): RootContent {
  const t = translator(locale, 'ResumePage');
  return list(
    getEducation(locale).map((school) =>
      item(
        text(
          `${school.institution}${school.status ? t('status', { status: school.status }) : ''}, ${school.program} (${period(locale, school.start, school.end) ?? ''})`,
        ),
      ),
    ),
  );
}

function home(locale: Locale): RootContent[] {
  const t = translator(locale, 'HomePage');
  const links = translator(locale, 'ProfileLinks');
  const profile = getProfile(locale);
  return [
    heading(1, text(profile.name)),
    pageLine(locale, ''),
    paragraph(text([profile.nameReading, profile.alternateName].filter(Boolean).join(' / '))),
    paragraph(text(`${profile.jobTitle} · ${profile.organization}`)),
    paragraph(text(profile.tagline)),
    list([
      fact(links('resume'), link(page(locale, '/resume'), page(locale, '/resume'))),
      fact(links('github'), link(profile.github.url, profile.github.url)),
      fact(links('email'), link(`mailto:${profile.email}`, profile.email)),
      fact(links('credly'), link(profile.credly.url, profile.credly.url)),
      fact(links('contact'), link(absoluteUrl(vCardPath(locale)), absoluteUrl(vCardPath(locale)))),
    ]),
    heading(2, text(t('highlights'))),
    list(profile.highlights.map((highlight) => item(text(highlight)))),
    heading(2, text(t('featured'))),
    projectList(locale, getFeaturedProjects(locale)),
    heading(2, text(t('timeline'))),
    ...career(locale, 3),
    heading(3, text(translator(locale, 'ResumePage')('education'))),
    education(locale),
    heading(2, text(t('skills'))),
    skillList(locale),
  ];
}

function projects(locale: Locale): RootContent[] {
  const t = translator(locale, 'ProjectsPage');
  return [
    heading(1, text(t('title'))),
    pageLine(locale, '/projects'),
    paragraph(text(t('description'))),
    projectList(locale, getProjects(locale)),
  ];
}

function project(locale: Locale, slug: string): RootContent[] | undefined {
  const found = getProject(locale, slug);
  if (!found) return undefined;
  const path: PagePath = `/projects/${slug}`;
  return [
    heading(1, text(found.title)),
    pageLine(locale, path),
    ...(found.summary ? [paragraph(text(found.summary))] : []),
    list(projectFacts(locale, found)),
    ...placeMarkdown(found.markdown, { base: page(locale, path) }),
  ];
}

function technologies(locale: Locale): RootContent[] {
  const t = translator(locale, 'TechnologiesPage');
  return [
    heading(1, text(t('title'))),
    pageLine(locale, '/technologies'),
    paragraph(text(t('description'))),
    list(
      getTechnologies(locale).map((technology) =>
        item(
          link(page(locale, `/technologies/${technology.slug}`), technology.name),
          text(
            `: ${t('projectCount', { count: technology.projects.length })}${technology.level ? `, ${stars(locale, technology.level)}` : ''}`,
          ),
        ),
      ),
    ),
  ];
}

function technology(locale: Locale, slug: string): RootContent[] | undefined {
  const found = getTechnology(locale, slug);
  if (!found) return undefined;
  const t = translator(locale, 'TechnologyPage');
  return [
    heading(1, text(found.name)),
    pageLine(locale, `/technologies/${slug}`),
    paragraph(text(t('description', { name: found.name, count: found.projects.length }))),
    ...(found.level ? [paragraph(text(`${t('skill')}: ${stars(locale, found.level)}`))] : []),
    ...(found.projects.length > 0 ? [heading(2, text(t('projects', { name: found.name }))), projectList(locale, found.projects)] : []),
  ];
}

function resume(locale: Locale): RootContent[] {
  const t = translator(locale, 'ResumePage');
  const profile = getProfile(locale);
  const interests = getInterests(locale);
  return [
    heading(1, text(t('title'))),
    pageLine(locale, '/resume'),
    paragraph(text(t.markup('lastUpdated', { date: () => profile.updated.slice(0, 10) }))),
    heading(2, text(t('profile'))),
    list([
      fact(
        t('name'),
        text(`${profile.name}${profile.nameReading ? t('nameReading', { reading: profile.nameReading }) : ''} / ${profile.alternateName}`),
      ),
      fact(t('email'), link(`mailto:${profile.email}`, profile.email)),
      fact(t('github'), link(profile.github.url, profile.github.label)),
      fact(t('location'), text(profile.location)),
      fact(t('hometown'), text(profile.hometown)),
    ]),
    paragraph(text(profile.tagline)),
    heading(2, text(t('career'))),
    ...career(locale, 3),
    heading(2, text(t('education'))),
    education(locale),
    heading(2, text(t('projects'))),
    ...getResumeProjects(locale).flatMap((entry) => [
      heading(3, link(page(locale, `/projects/${entry.slug}`), entry.title)),
      ...(entry.summary ? [paragraph(text(entry.summary))] : []),
      list(projectFacts(locale, entry)),
      ...placeMarkdown(entry.markdown, { headingOffset: 2, base: page(locale, `/projects/${entry.slug}`) }),
    ]),
    heading(2, text(t('skills'))),
    skillList(locale),
    heading(2, text(t('certifications'))),
    list(getCertifications(locale).map((name) => item(text(name)))),
    paragraph(link(profile.credly.url, t('credentials'))),
    heading(2, text(t('interests'))),
    heading(3, text(t('languages'))),
    list(interests.languages.map((entry) => item(text(entry)))),
    heading(3, text(t('development'))),
    list(interests.development.map((entry) => item(text(entry)))),
  ];
}

/** The Markdown twin of one page, or undefined for a page that does not exist. */
export function markdownPage(locale: Locale, path: PagePath): string | undefined {
  const [, section, slug] = path.split('/');
  const nodes =
    path === ''
      ? home(locale)
      : path === '/projects'
        ? projects(locale)
        : path === '/technologies'
          ? technologies(locale)
          : path === '/resume'
            ? resume(locale)
            : section === 'projects' && slug
              ? project(locale, slug)
              : section === 'technologies' && slug
                ? technology(locale, slug)
                : undefined;
  return nodes && stringifyMarkdown(nodes);
}

/** The title of a page as its twin's h1 has it, for /llms.txt. */
function titleOf(locale: Locale, path: PagePath): string {
  const markdown = markdownPage(locale, path) ?? '';
  return /^# (.+)$/m.exec(markdown)?.[1] ?? path;
}

/**
 * /llms.txt (llmstxt.org): the name as H1, the profile's summary in every locale as the quote,
 * then one section per locale linking each page's Markdown twin, and the machine formats.
 */
export function llmsTxt(): string {
  const source = getProfile(routing.defaultLocale);
  const nodes: RootContent[] = [
    heading(1, text(`${source.name} (${source.alternateName})`)),
    {
      type: 'blockquote',
      children: routing.locales.map((locale) => paragraph(text(getProfile(locale).tagline))),
    },
    ...routing.locales.flatMap((locale) => [
      heading(2, text(translator(locale, 'LocaleSwitch')('name'))),
      list(getPagePaths().map((path) => item(link(absoluteUrl(markdownPath(locale, path)), titleOf(locale, path))))),
    ]),
    heading(2, text('Optional')),
    list(
      routing.locales.flatMap((locale) => [
        item(link(absoluteUrl(`/${locale}/resume.json`), `JSON Resume (${locale})`)),
        item(link(absoluteUrl(vCardPath(locale)), `vCard (${locale})`)),
      ]),
    ),
  ];
  return stringifyMarkdown(nodes);
}
