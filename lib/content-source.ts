import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { routing } from '../i18n/routing';
import { listFiles } from './files';

/**
 * The content as files, before Contentlayer: what the content step, the translation marks and
 * the tests need to know of `content/<folder>/[<slug>/]<locale>.md` without building it.
 */

/** Japanese is the source language; every other locale's file translates it. */
export const SOURCE_LOCALE = routing.defaultLocale;

/** The front-matter field in which a translation records the version of its source it renders. */
export const TRANSLATION_MARK = 'translationOf';

/**
 * Fields that are facts, not prose, by content folder: every translation must carry the same
 * value (checked by the content step), and they stay out of the translation's source hash.
 * `a.b` is field `b` of every item (or of the object) in `a`; `headings` are the body's ids.
 */
export const SHARED_FIELDS: Record<string, readonly string[]> = {
  profile: ['email', 'github.url', 'github.lang', 'credly.url', 'credly.lang', 'updated'],
  experience: ['kind', 'start', 'end', 'positions.start', 'positions.end'],
  education: ['start', 'end'],
  projects: ['order', 'draft', 'featured', 'teamSize', 'start', 'end', 'stack', 'mentions', 'links.url', 'links.lang', 'headings'],
  skills: ['skills.name', 'skills.level'],
  interests: [],
  certifications: [],
};

/** The folder of a content file (`projects/x/en.md` → `projects`): its document type. */
export function contentFolder(file: string): string {
  return file.split('/')[0] ?? '';
}

/** Every Markdown file below `dir`, as `/`-separated paths relative to it, sorted. */
export function listContentFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.md'));
}

export type SourceFile = { file: string; data: Record<string, unknown>; body: string };

/** A content file's text, split into front matter and body: the one parser of our own code. */
export function parseContentFile(file: string, text: string): SourceFile {
  const { data, content } = matter(text);
  return { file, data, body: content };
}

// One content build asks for a file up to three times (drafts, the profile's named projects, the
// translation hash): it is read and parsed once per version of the file.
const parsed = new Map<string, { version: string; source: SourceFile }>();

export function readContentFile(dir: string, file: string): SourceFile {
  const path = join(dir, file);
  const { mtimeMs, size } = statSync(path);
  const version = `${mtimeMs}:${size}`;
  const known = parsed.get(path);
  if (known?.version === version) return known.source;
  const source = parseContentFile(file, readFileSync(path, 'utf8'));
  parsed.set(path, { version, source });
  return source;
}

/** The files marked `draft: true`: `npm run dev` shows them, every other build leaves them out. */
export function listDraftFiles(dir: string): string[] {
  return listContentFiles(dir).filter((file) => readContentFile(dir, file).data.draft === true);
}

function omit(value: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (Array.isArray(value)) return value.map((item) => omit(item, path));
  if (key === undefined || typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (rest.length === 0) return Object.fromEntries(entries.filter(([name]) => name !== key));
  return Object.fromEntries(entries.map(([name, item]) => [name, name === key ? omit(item, rest) : item]));
}

/** JSON with object keys in order, so that reordering front matter changes no hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/**
 * The version of a source file that a translation renders: a hash of its prose, the body and
 * every front-matter field but the shared facts (which the content step compares directly).
 */
export function proseHash({ file, data, body: content }: SourceFile): string {
  const prose = [...(SHARED_FIELDS[contentFolder(file)] ?? []), TRANSLATION_MARK].reduce<unknown>(
    (fields, path) => omit(fields, path.split('.')),
    data,
  );
  const body = content.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256')
    .update(canonicalJson({ fields: prose, body }))
    .digest('hex')
    .slice(0, 16);
}

/** `projects/x/en.md` → `projects/x/ja.md`: the source a translation renders. */
export function sourceFileOf(file: string): string {
  return file.replace(/[^/]+\.md$/, `${SOURCE_LOCALE}.md`);
}

/** The file's front matter with `translationOf: hash` set, the rest of the file as it was. */
export function markTranslation(text: string, hash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new Error('it has no front matter (--- … ---) to write the mark into');
  const fields = (match[1] ?? '').split(/\r?\n/).filter((line) => !line.startsWith(`${TRANSLATION_MARK}:`));
  const front = [...fields, `${TRANSLATION_MARK}: ${hash}`].join('\n');
  return `---\n${front}\n---${match[2] ?? '\n'}${text.slice(match[0].length)}`;
}
