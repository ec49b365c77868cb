import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import type { LocalDocument } from 'contentlayer2/source-files';
import { routing } from './i18n/routing';
import { TRANSLATION_MARK, listDraftFiles, proseHash, readContentFile } from './lib/content-source';
import { reportContentProblems } from './lib/content-validation';
import { bodyHeadings, draftHeadings, renderMarkdown, renderMarkdownSource, subheadings, type RenderOptions } from './lib/markdown';
import { stackTechnology } from './lib/slug';
import { languageNote, messages } from './lib/messages';

const contentDirPath = process.env.CONTENT_DIR ?? 'content';
/**
 * Drafts are decided here, once per content build: `npm run dev` sets CONTENT_DRAFTS=show and
 * sees draft projects and sections, badged; every other build leaves their files out and their
 * sections unrendered, so no byte of a draft reaches the site.
 */
const includeDrafts = process.env.CONTENT_DRAFTS === 'show';

// Every document lives at `<type>/<slug>/<locale>.md` (or `<type>/<locale>.md` for
// one-per-locale documents): locale and slug come from the path, never from front matter.
const locale = (doc: LocalDocument) => doc._raw.sourceFileName.replace(/\.md$/, '');
const slug = (doc: LocalDocument) => doc._raw.sourceFileDir.split('/').at(-1) ?? '';
const siteLocale = (doc: LocalDocument) => routing.locales.find((known) => known === locale(doc)) ?? routing.defaultLocale;
const messagesOf = (doc: LocalDocument) => messages[siteLocale(doc)];
const yearMonth = { type: 'string', description: 'YYYY-MM' } as const;

/** What every document has: locale and slug from its path, and its translation bookkeeping. */
const documentFields = {
  [TRANSLATION_MARK]: {
    type: 'string',
    description: 'translations only: the prose hash of the source (ja.md) they render; `npm run translated` writes it',
  },
} as const;
const computedDocumentFields = {
  locale: { type: 'string', description: 'ja or en, from the file name', resolve: locale },
  slug: { type: 'string', description: 'from the folder name, shared by both locales', resolve: slug },
  proseHash: {
    type: 'string',
    description: 'a hash of the prose (not the shared facts) of this file, which translations record',
    resolve: (doc: LocalDocument) => proseHash(readContentFile(contentDirPath, doc._raw.sourceFilePath)),
  },
} as const;

const Link = defineNestedType(() => ({
  name: 'Link',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
    lang: { type: 'enum', options: [...routing.locales], description: 'the language of the linked page, where it is only in one' },
  },
}));

export const Profile = defineDocumentType(() => ({
  name: 'Profile',
  filePathPattern: 'profile/*.md',
  fields: {
    ...documentFields,
    name: { type: 'string', required: true, description: 'the name as written in this locale' },
    alternateName: { type: 'string', required: true, description: 'the name in the other script' },
    nameReading: { type: 'string', description: 'kana reading, Japanese only: family and given name apart by a space' },
    familyName: {
      type: 'string',
      description: 'the family name as `name` writes it (its start or its end), for address books (vCard N, h-card)',
    },
    jobTitle: { type: 'string', required: true },
    organization: { type: 'string', required: true },
    tagline: { type: 'string', required: true },
    location: { type: 'string', required: true },
    hometown: { type: 'string', required: true },
    email: { type: 'string', required: true },
    github: { type: 'nested', of: Link, required: true },
    credly: { type: 'nested', of: Link, required: true },
    highlights: { type: 'list', of: { type: 'string' }, required: true },
    updated: { type: 'date', required: true, description: "the CV's last-updated date" },
  },
  computedFields: {
    ...computedDocumentFields,
    namedProjects: {
      type: 'json',
      description: 'the draft projects of this locale as `{ title, order }`, in CV order: names the CV gives, shown as names only',
      resolve: (doc) => (includeDrafts ? [] : draftProjectTitles(locale(doc))),
    },
  },
}));

const Position = defineNestedType(() => ({
  name: 'Position',
  fields: {
    title: { type: 'string', required: true },
    level: { type: 'string' },
    start: yearMonth,
    end: yearMonth,
    notes: { type: 'list', of: { type: 'string' } },
  },
}));

export const Experience = defineDocumentType(() => ({
  name: 'Experience',
  filePathPattern: 'experience/**/*.md',
  fields: {
    ...documentFields,
    kind: { type: 'enum', options: ['employment', 'internship'], required: true },
    organization: { type: 'string', required: true },
    start: { ...yearMonth, required: true },
    end: yearMonth,
    positions: { type: 'list', of: Position, required: true },
  },
  computedFields: computedDocumentFields,
}));

export const Education = defineDocumentType(() => ({
  name: 'Education',
  filePathPattern: 'education/**/*.md',
  fields: {
    ...documentFields,
    institution: { type: 'string', required: true },
    program: { type: 'string', required: true },
    status: { type: 'string' },
    start: { ...yearMonth, required: true },
    end: { ...yearMonth, required: true },
  },
  computedFields: computedDocumentFields,
}));

/** Draft projects are left out of the build, but their titles are facts of the CV (read here, once). */
function draftProjectTitles(localeOfProfile: string): { title: string; order: number }[] {
  return listDraftFiles(contentDirPath)
    .filter((file) => file.startsWith('projects/') && file.endsWith(`/${localeOfProfile}.md`))
    .map((file) => readContentFile(contentDirPath, file).data)
    .map((data) => ({ title: String(data.title), order: Number(data.order) }))
    .sort((a, b) => a.order - b.order);
}

// Contentlayer hands list fields to computed fields as iterable chunks, not arrays.
function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

function isLink(value: unknown): value is { url: string; lang?: string } {
  return typeof value === 'object' && value !== null && 'url' in value && typeof value.url === 'string';
}

/** How a project body renders: its links to pages in another language say so. */
function bodyOptions(doc: LocalDocument): RenderOptions {
  const linkLanguages = new Map<string, string>();
  for (const link of isIterable(doc.links) ? Array.from(doc.links).filter(isLink) : []) {
    if (link.lang !== undefined && link.lang !== locale(doc)) linkLanguages.set(link.url, link.lang);
  }
  const t = messagesOf(doc);
  return {
    includeDrafts,
    anchorTitle: t.HeadingAnchor.label,
    draftLabel: t.DraftBadge.label,
    linkLanguages,
    languageNote: (language) => languageNote(siteLocale(doc), language),
  };
}

export const Project = defineDocumentType(() => ({
  name: 'Project',
  filePathPattern: 'projects/**/*.md',
  fields: {
    ...documentFields,
    title: { type: 'string', required: true },
    order: { type: 'number', required: true, description: 'position in the CV, newest first' },
    draft: { type: 'boolean', default: false },
    featured: { type: 'boolean', default: false },
    summary: { type: 'string' },
    service: { type: 'string' },
    company: { type: 'string' },
    start: yearMonth,
    end: yearMonth,
    teamSize: { type: 'number' },
    role: { type: 'string' },
    stack: { type: 'list', of: { type: 'string' }, default: [], description: "the project's 利用技術 line in the CV, as written" },
    mentions: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: "technologies the project's text in the CV names as used, where its 利用技術 line does not list them",
    },
    links: { type: 'list', of: Link, default: [] },
  },
  computedFields: {
    ...computedDocumentFields,
    url: {
      type: 'string',
      resolve: (doc) => `/${locale(doc)}/projects/${slug(doc)}`,
    },
    html: {
      type: 'string',
      description: 'the body as its own page',
      resolve: (doc) => renderMarkdown(doc.body.raw, bodyOptions(doc)),
    },
    headings: {
      type: 'json',
      description: 'the headings of the body as rendered: id, depth (2 for ##) and text of each, in order',
      resolve: (doc) => bodyHeadings(doc.body.raw, { includeDrafts }),
    },
    markdown: {
      type: 'string',
      description: 'the body as Markdown for machines: draft sections dropped, heading ids gone, links as written',
      resolve: (doc) => renderMarkdownSource(doc.body.raw, { includeDrafts }),
    },
    resumeHtml: {
      type: 'string',
      description: 'the body as a part of the résumé: headings two levels down, ids prefixed by the slug',
      resolve: (doc) => renderMarkdown(doc.body.raw, { ...bodyOptions(doc), headingOffset: 2, idPrefix: slug(doc) }),
    },
    challenges: {
      // A computed field cannot be typed as a list of strings: json, read back in lib/content.ts.
      type: 'json',
      description: 'the headings of the `## … {#challenges}` section, one line each in the short résumé',
      resolve: (doc) => subheadings(doc.body.raw, 'challenges', includeDrafts),
    },
    technologies: {
      type: 'json',
      description: 'the stack, then the mentions, as technologies: each as written, its name, slug and where the CV names it',
      resolve: (doc) => [
        ...Array.from(doc.stack, (name) => stackTechnology(name, 'stack')),
        ...Array.from(doc.mentions, (name) => stackTechnology(name, 'text')),
      ],
    },
    namedTopics: {
      type: 'json',
      description: 'the headings of draft sections: topics the CV names without a text, shown as names only',
      resolve: (doc) => (includeDrafts ? [] : draftHeadings(doc.body.raw)),
    },
  },
}));

const Skill = defineNestedType(() => ({
  name: 'Skill',
  fields: {
    name: { type: 'string', required: true },
    level: { type: 'number', required: true, description: '1 to 3, the stars in the CV' },
  },
}));

export const Skills = defineDocumentType(() => ({
  name: 'Skills',
  filePathPattern: 'skills/*.md',
  fields: { ...documentFields, skills: { type: 'list', of: Skill, required: true } },
  computedFields: {
    ...computedDocumentFields,
    technologies: {
      type: 'json',
      description: 'the skills as technologies, in the same shape as a project stack',
      resolve: (doc) => Array.from(doc.skills, (skill) => ({ ...stackTechnology(skill.name, 'skills'), level: skill.level })),
    },
  },
}));

export const Certifications = defineDocumentType(() => ({
  name: 'Certifications',
  filePathPattern: 'certifications/*.md',
  fields: { ...documentFields, certifications: { type: 'list', of: { type: 'string' }, required: true } },
  computedFields: computedDocumentFields,
}));

export const Interests = defineDocumentType(() => ({
  name: 'Interests',
  filePathPattern: 'interests/*.md',
  fields: {
    ...documentFields,
    languages: { type: 'list', of: { type: 'string' }, required: true },
    development: { type: 'list', of: { type: 'string' }, required: true },
  },
  computedFields: computedDocumentFields,
}));

export default makeSource({
  contentDirPath,
  // Bodies are rendered by the computed fields above (lib/markdown.ts), each variant once:
  // Contentlayer's own rendering (`body.html`) would be a third, unused, so its pipeline renders nothing.
  markdown: (builder) => {
    builder.use(function nothing() {
      this.parser = () => ({ type: 'root', children: [] });
      this.compiler = () => '';
    });
  },
  contentDirExclude: includeDrafts ? undefined : ['node_modules', '.git', ...listDraftFiles(contentDirPath)],
  documentTypes: [Profile, Experience, Education, Project, Skills, Certifications, Interests],
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  onSuccess: async (getData) => {
    reportContentProblems(await getData(), contentDirPath);
  },
});
