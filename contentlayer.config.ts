import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import type { LocalDocument } from 'contentlayer2/source-files';
import { reportContentProblems } from './lib/content-validation';
import { renderMarkdown } from './lib/markdown';
import en from './messages/en.json' with { type: 'json' };
import ja from './messages/ja.json' with { type: 'json' };

// Every document lives at `<type>/<slug>/<locale>.md` (or `<type>/<locale>.md` for
// one-per-locale documents): locale and slug come from the path, never from front matter.
const locale = (doc: LocalDocument) => doc._raw.sourceFileName.replace(/\.md$/, '');
const slug = (doc: LocalDocument) => doc._raw.sourceFileDir.split('/').at(-1) ?? '';
const yearMonth = { type: 'string', description: 'YYYY-MM' } as const;
const anchorTitle = (doc: LocalDocument) => (locale(doc) === 'en' ? en : ja).HeadingAnchor.label;

const localeFields = {
  locale: { type: 'string', description: 'ja or en, from the file name', resolve: locale },
  slug: { type: 'string', description: 'from the folder name, shared by both locales', resolve: slug },
} as const;

const Link = defineNestedType(() => ({
  name: 'Link',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}));

export const Profile = defineDocumentType(() => ({
  name: 'Profile',
  filePathPattern: 'profile/*.md',
  fields: {
    name: { type: 'string', required: true, description: 'the name as written in this locale' },
    alternateName: { type: 'string', required: true, description: 'the name in the other script' },
    nameReading: { type: 'string', description: 'kana reading, Japanese only' },
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
  computedFields: localeFields,
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
    kind: { type: 'enum', options: ['employment', 'internship'], required: true },
    organization: { type: 'string', required: true },
    start: { ...yearMonth, required: true },
    end: yearMonth,
    positions: { type: 'list', of: Position, required: true },
  },
  computedFields: localeFields,
}));

export const Education = defineDocumentType(() => ({
  name: 'Education',
  filePathPattern: 'education/**/*.md',
  fields: {
    institution: { type: 'string', required: true },
    program: { type: 'string', required: true },
    status: { type: 'string' },
    start: { ...yearMonth, required: true },
    end: { ...yearMonth, required: true },
  },
  computedFields: localeFields,
}));

export const Project = defineDocumentType(() => ({
  name: 'Project',
  filePathPattern: 'projects/**/*.md',
  fields: {
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
    stack: { type: 'list', of: { type: 'string' }, default: [] },
    links: { type: 'list', of: Link, default: [] },
  },
  computedFields: {
    ...localeFields,
    url: {
      type: 'string',
      resolve: (doc) => `/${locale(doc)}/projects/${slug(doc)}`,
    },
    html: {
      type: 'string',
      description: 'the body without draft sections',
      resolve: (doc) => renderMarkdown(doc.body.raw, { includeDrafts: false, anchorTitle: anchorTitle(doc) }),
    },
    htmlWithDrafts: {
      type: 'string',
      description: 'the body with draft sections marked data-draft, for development',
      resolve: (doc) => renderMarkdown(doc.body.raw, { includeDrafts: true, anchorTitle: anchorTitle(doc) }),
    },
    resumeHtml: {
      type: 'string',
      description: 'the body as a part of the résumé: headings two levels down, ids prefixed by the slug',
      resolve: (doc) =>
        renderMarkdown(doc.body.raw, { includeDrafts: false, headingOffset: 2, idPrefix: slug(doc), anchorTitle: anchorTitle(doc) }),
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
  fields: { skills: { type: 'list', of: Skill, required: true } },
  computedFields: localeFields,
}));

export const Certifications = defineDocumentType(() => ({
  name: 'Certifications',
  filePathPattern: 'certifications/*.md',
  fields: { certifications: { type: 'list', of: { type: 'string' }, required: true } },
  computedFields: localeFields,
}));

export const Interests = defineDocumentType(() => ({
  name: 'Interests',
  filePathPattern: 'interests/*.md',
  fields: {
    languages: { type: 'list', of: { type: 'string' }, required: true },
    development: { type: 'list', of: { type: 'string' }, required: true },
  },
  computedFields: localeFields,
}));

const contentDirPath = process.env.CONTENT_DIR ?? 'content';

export default makeSource({
  contentDirPath,
  documentTypes: [Profile, Experience, Education, Project, Skills, Certifications, Interests],
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  onSuccess: async (getData) => reportContentProblems(await getData(), contentDirPath),
});
