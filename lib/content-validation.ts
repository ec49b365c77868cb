import { headingIds } from './markdown';

/** What the checks need of a generated document; the generated types all fit it. */
export type CheckedDocument = {
  type: string;
  _raw: { sourceFilePath: string };
  locale: string;
  slug: string;
  draft?: boolean;
  [field: string]: unknown;
};

const LOCALES = ['ja', 'en'];
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// Fields that are facts, not prose: both translations must carry the same value.
const SHARED_FIELDS: Record<string, string[]> = {
  Profile: ['email', 'github.url', 'credly.url', 'updated'],
  Experience: ['kind', 'start', 'end', 'positions.start', 'positions.end'],
  Education: ['start', 'end'],
  Project: ['order', 'draft', 'featured', 'teamSize', 'start', 'end', 'stack', 'links.url', 'headings'],
  Skills: ['skills.name', 'skills.level'],
  Interests: [],
  Certifications: [],
};
// Fields a published project must have, although a draft may leave them out.
const PUBLISHED_PROJECT_FIELDS = ['summary', 'stack'];


/** Reads `a.b` from a document, mapping over lists on the way. */
function pick(value: unknown, path: string): unknown {
  if (path === 'headings') {
    return typeof value === 'object' && value !== null && 'html' in value && typeof value.html === 'string'
      ? headingIds(value.html)
      : [];
  }
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

function checkDates(doc: CheckedDocument, problem: (message: string) => void) {
  for (const path of ['start', 'end', 'positions.start', 'positions.end']) {
    const values = [pick(doc, path)].flat().filter((value) => value !== undefined);
    for (const value of values) {
      if (typeof value !== 'string' || !YEAR_MONTH.test(value)) {
        problem(`field "${path}" must be a year and month as YYYY-MM, got ${JSON.stringify(value)}`);
      }
    }
  }
  const { start, end } = doc;
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    problem(`field "end" (${end}) is before "start" (${start})`);
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
    checkDates(doc, (message) => problems.push(`${file(doc)}: ${message}`));
    if (doc.type === 'Project' && !doc.draft) {
      for (const field of PUBLISHED_PROJECT_FIELDS) {
        if (isEmpty(doc[field])) problems.push(`${file(doc)}: field "${field}" is required unless draft: true`);
      }
    }
    if (doc.type === 'Skills') {
      for (const level of [pick(doc, 'skills.level')].flat()) {
        if (!Number.isInteger(level) || Number(level) < 1 || Number(level) > 3) {
          problems.push(`${file(doc)}: field "skills.level" must be 1, 2 or 3, got ${JSON.stringify(level)}`);
        }
      }
    }
  }

  for (const doc of byKey.values()) {
    for (const other of LOCALES.filter((locale) => locale !== doc.locale)) {
      const counterpart = byKey.get(`${doc.type}/${doc.slug}/${other}`);
      if (!counterpart) {
        if (!doc.draft) problems.push(`${file(doc)}: published, but has no ${other} translation (${other}.md beside it)`);
        continue;
      }
      if (doc.locale !== LOCALES[0]) continue; // compare each pair once
      for (const field of SHARED_FIELDS[doc.type] ?? []) {
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
 * Contentlayer's success hook: a one-off build stops with every problem listed; the watcher
 * (`contentlayer2 dev`) keeps running so the author can fix the file.
 */
export function reportContentProblems(data: { allDocuments: CheckedDocument[] }, dir: string) {
  const problems = findContentProblems(data.allDocuments, dir);
  if (problems.length === 0) return;
  console.error(`\nInvalid content (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  if (!process.argv.includes('dev')) process.exit(1);
}
