import { z } from 'zod';
import { routing } from '../i18n/routing';
import { SHARED_FIELDS, SOURCE_LOCALE, TRANSLATION_MARK, contentFolder, sourceFileOf } from './content-source';
import { technologySlug } from './slug';

/** What the checks need of a generated document; the generated types all fit it. */
export type CheckedDocument = {
  type: string;
  _raw: { sourceFilePath: string };
  locale: string;
  slug: string;
  draft?: boolean;
  proseHash: string;
  translationOf?: string;
  [field: string]: unknown;
};

const LOCALES: readonly string[] = routing.locales;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// Fields a published project must have, although a draft may leave them out.
// A project of the CV without a 利用技術 line (その他) names its technologies in its text:
// `mentions` stands for `stack`.
const PUBLISHED_PROJECT_FIELDS = ['summary', 'stack'];
const STANDS_FOR: Record<string, string> = { stack: 'mentions' };

/** Reads `a.b` from a document, mapping over lists on the way. */
function pick(value: unknown, path: string): unknown {
  // A body's headings are compared by id (their text is prose, translated).
  if (path === 'headings') return [pick(value, 'headings.id')].flat();
  return path.split('.').reduce<unknown>((current, key) => {
    if (Array.isArray(current)) return current.map((item) => pick(item, key));
    if (typeof current === 'object' && current !== null && key in current) {
      return Object.getOwnPropertyDescriptor(current, key)?.value;
    }
    return undefined;
  }, value);
}

function isEmpty(value: unknown) {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The rules of one document's front matter, as a zod schema over what Contentlayer read (it has
 * checked the types it knows; these are the rules it cannot express). Each message names its
 * field: `{field}` is the issue's path without list indices (`positions.start`), `{value}` the
 * value found there.
 */
const rule = (ok: (value: unknown) => boolean, message: string) => z.unknown().refine(ok, { message });

const month = rule(
  (value) => typeof value === 'string' && YEAR_MONTH.test(value),
  'field "{field}" must be a year and month as YYYY-MM, got {value}',
);
// An unquoted `a: b` in a YAML list item is a mapping, not text: quote it.
const text = rule(
  (value) => typeof value === 'string',
  'field "{field}" has an item that is not text: {value} (put a line with ": " in quotes)',
);
const textList = z.array(text).optional();
const technology = text.refine(
  (value) => typeof value !== 'string' || technologySlug(value) !== '',
  'technology {value} gives no URL slug: write it in Latin letters or digits',
);
const stars = rule(
  (value) => Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 3,
  'field "{field}" must be 1, 2 or 3, got {value}',
);

const frontMatter = z
  .object({
    start: month.optional(),
    end: month.optional(),
    positions: z.array(z.object({ start: month.optional(), end: month.optional(), notes: textList }).passthrough()).optional(),
    highlights: textList,
    stack: z.array(technology).optional(),
    mentions: z.array(technology).optional(),
    certifications: textList,
    languages: textList,
    development: textList,
    skills: z.array(z.object({ name: technology, level: stars }).passthrough()).optional(),
  })
  .passthrough()
  .superRefine((doc, context) => {
    const { start, end } = doc;
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      context.addIssue({ code: 'custom', path: ['end'], message: `field "end" (${end}) is before "start" (${start})` });
    }
    if (doc.type === 'Project' && doc.draft !== true) {
      for (const field of PUBLISHED_PROJECT_FIELDS) {
        const alternative = STANDS_FOR[field];
        if (!isEmpty(doc[field]) || (alternative !== undefined && !isEmpty(doc[alternative]))) continue;
        const message = `field "{field}"${alternative ? ` (or "${alternative}")` : ''} is required unless draft: true`;
        context.addIssue({ code: 'custom', path: [field], message });
      }
    }
    if (doc.locale === SOURCE_LOCALE && doc[TRANSLATION_MARK] !== undefined) {
      const message = `field "${TRANSLATION_MARK}" belongs in translations only: ${SOURCE_LOCALE}.md is the source`;
      context.addIssue({ code: 'custom', path: [TRANSLATION_MARK], message });
    }
  });

function checkFields(doc: CheckedDocument, problem: (message: string) => void) {
  const result = frontMatter.safeParse(doc);
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path.filter((key) => typeof key === 'string').join('.');
    const value = issue.path.reduce<unknown>(
      (current, key) => (typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined),
      doc,
    );
    problem(issue.message.replace('{field}', field).replace('{value}', JSON.stringify(value)));
  }
}

/** Every problem with the content as a whole, each naming the file and the field. */
export function findContentProblems(documents: CheckedDocument[], dir = 'content'): string[] {
  const problems: string[] = [];
  const file = (doc: CheckedDocument) => `${dir}/${doc._raw.sourceFilePath}`;
  const byKey = new Map<string, CheckedDocument>();

  for (const doc of documents) {
    if (!LOCALES.includes(doc.locale)) {
      problems.push(`${file(doc)}: locale "${doc.locale}" (the file name) must be one of ${LOCALES.join(', ')}`);
      continue;
    }
    const key = `${doc.type}/${doc.slug}/${doc.locale}`;
    const twin = byKey.get(key);
    if (twin) {
      problems.push(`${file(doc)}: slug "${doc.slug}" is already used by ${file(twin)}`);
      continue;
    }
    byKey.set(key, doc);
    checkFields(doc, (message) => problems.push(`${file(doc)}: ${message}`));
  }

  for (const doc of byKey.values()) {
    for (const other of LOCALES.filter((locale) => locale !== doc.locale)) {
      const counterpart = byKey.get(`${doc.type}/${doc.slug}/${other}`);
      if (!counterpart) {
        if (!doc.draft) problems.push(`${file(doc)}: published, but has no ${other} translation (${other}.md beside it)`);
        continue;
      }
      if (doc.locale !== SOURCE_LOCALE) continue; // compare each pair once, from the source
      for (const field of SHARED_FIELDS[contentFolder(doc._raw.sourceFilePath)] ?? []) {
        const here = JSON.stringify(pick(doc, field));
        const there = JSON.stringify(pick(counterpart, field));
        if (here !== there) {
          problems.push(`${file(counterpart)}: field "${field}" is ${there} but ${file(doc)} has ${here}`);
        }
      }
    }
  }
  return problems;
}

/**
 * Translations whose source has changed since they were marked (or that were never marked):
 * their `translationOf` differs from the source file's current prose hash.
 */
export function findStaleTranslations(documents: CheckedDocument[], dir = 'content'): string[] {
  const sources = new Map(documents.filter((doc) => doc.locale === SOURCE_LOCALE).map((doc) => [doc._raw.sourceFilePath, doc]));
  return documents
    .filter((doc) => doc.locale !== SOURCE_LOCALE && LOCALES.includes(doc.locale))
    .filter((doc) => {
      const source = sources.get(sourceFileOf(doc._raw.sourceFilePath));
      return source !== undefined && doc.translationOf !== source.proseHash;
    })
    .map((doc) => `${dir}/${doc._raw.sourceFilePath}`);
}

/** The message that lists stale translations and says how to mark them once updated. */
export function staleTranslationsMessage(files: string[]): string {
  return [
    `${files.length} translation${files.length === 1 ? ' is' : 's are'} older than ${SOURCE_LOCALE}.md (or not marked):`,
    ...files.map((path) => `  - ${path} (source: ${sourceFileOf(path)})`),
    'Update each to match its source, then mark it:',
    `  npm run translated -- ${files.join(' ')}`,
  ].join('\n');
}

/**
 * Contentlayer's success hook. A one-off build stops on any problem; a release build
 * (`CONTENT_RELEASE=1`, set by `npm run build`) also on a stale translation, which other builds
 * only list. The watcher (`contentlayer2 dev`) keeps running so that the author can fix the file.
 */
export function reportContentProblems(data: { allDocuments: CheckedDocument[] }, dir: string) {
  const watching = process.argv.includes('dev');
  const problems = findContentProblems(data.allDocuments, dir);
  const stale = findStaleTranslations(data.allDocuments, dir);
  if (problems.length > 0) {
    console.error(`\nInvalid content (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  }
  if (stale.length > 0) console.warn(`\n${staleTranslationsMessage(stale)}\n`);
  if (watching) return;
  if (problems.length > 0 || (stale.length > 0 && process.env.CONTENT_RELEASE === '1')) process.exit(1);
}
