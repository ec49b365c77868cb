/**
 * The proofreading lint (part of `npm run lint`): textlint with the machine-checkable rules of
 * docs/style-guide.md over content/**\/*.md and messages/*.json, reported as `file:line:column`.
 *
 * The rules are textlint's own configuration (textlint/*.json, with prh's fixed terms in
 * textlint/prh-*.yml), so an editor's textlint reads the same files. Two kinds of text:
 * - the Markdown body of a content file is the owner's (the CV's) text: fixed terms, brackets,
 *   colons, ら抜き (textlint/ja.json, textlint/en.json);
 * - front matter and messages are written by the site (summaries, highlights, labels): the same
 *   rules and, in Japanese, the spacing rule (textlint/site-ja.json).
 * Each kind is linted as a text of its own with every other line blanked, so lines stay true.
 *
 * Usage: tsx scripts/proofread.ts [files…] (default: every content and messages file)
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter, loadLinterFormatter, loadTextlintrc } from 'textlint';
import type { TextlintResult } from '@textlint/types';
import { listContentFiles } from '../lib/content-source';

const root = resolve(import.meta.dirname, '..');

type Language = 'ja' | 'en';
type Kind = 'body' | 'site';

/** The configuration for a language and kind of text. */
const CONFIGS: Record<Language, Record<Kind, string>> = {
  ja: { body: 'textlint/ja.json', site: 'textlint/site-ja.json' },
  en: { body: 'textlint/en.json', site: 'textlint/en.json' },
};

/** Front matter fields that are not prose: addresses, codes, the shared facts. */
const NOT_PROSE = new Set(['url', 'lang', 'email', 'stack', 'mentions', 'translationOf', 'kind', 'start', 'end', 'updated']);

const blank = (text: string) => ' '.repeat(text.length);

/**
 * A content file split into its two kinds of text, each the length of the file in lines, with the
 * other kind's lines empty: the body as Markdown, and the front matter values as plain lines, each
 * at its own column.
 */
export function splitContentFile(text: string): Record<Kind, string> {
  const lines = text.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const site = lines.map((line, index) => {
    if (index === 0 || index >= end) return '';
    const match = /^(\s*(?:- )?(?:([A-Za-z]+):\s*)?)(.*)$/.exec(line);
    const [, before = '', key, value = ''] = match ?? [];
    if (key !== undefined && NOT_PROSE.has(key)) return '';
    const unquoted = /^(['"])(.*)\1$/.exec(value);
    return unquoted ? `${blank(before)} ${unquoted[2]}` : `${blank(before)}${value}`;
  });
  const body = lines.map((line, index) => (index <= end ? '' : line));
  return { body: body.join('\n'), site: site.join('\n') };
}

/** A messages file as plain lines: each value at its line and column, every other line empty. */
export function messageLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*"[^"]+":\s*")(.*)",?$/.exec(line);
      return match ? `${blank(match[1] ?? '')}${match[2] ?? ''}` : '';
    })
    .join('\n');
}

type Linter = ReturnType<typeof createLinter>;
const linters = new Map<string, Promise<Linter>>();
function linterFor(config: string): Promise<Linter> {
  const found =
    linters.get(config) ??
    loadTextlintrc({ configFilePath: join(root, config), node_modulesDir: join(root, 'node_modules') }).then((descriptor) =>
      createLinter({ descriptor, cwd: root }),
    );
  linters.set(config, found);
  return found;
}

/** Proofreads a text of one language and kind, reporting its problems as in `file`. */
export async function proofreadText(text: string, language: Language, kind: Kind, file = `text.${kind === 'body' ? 'md' : 'txt'}`) {
  const linter = await linterFor(CONFIGS[language][kind]);
  // The extension chooses textlint's parser: Markdown for bodies, plain text for the rest.
  const result = await linter.lintText(text, kind === 'body' ? 'text.md' : 'text.txt');
  return { ...result, filePath: file };
}

const languageOf = (file: string): Language => (/(^|\/)ja\.(md|json)$/.test(file) ? 'ja' : 'en');

/** Proofreads content and messages files (paths relative to the project), both kinds of text in each. */
export async function proofreadFiles(files: string[]): Promise<TextlintResult[]> {
  const results: TextlintResult[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const language = languageOf(file);
    if (file.endsWith('.json')) {
      results.push(await proofreadText(messageLines(text), language, 'site', file));
      continue;
    }
    const { body, site } = splitContentFile(text);
    const [bodyResult, siteResult] = [await proofreadText(body, language, 'body', file), await proofreadText(site, language, 'site', file)];
    results.push({
      ...bodyResult,
      messages: [...bodyResult.messages, ...siteResult.messages].sort((a, b) => a.loc.start.line - b.loc.start.line),
    });
  }
  return results;
}

/** Every file the lint reads: the content and the messages. */
export function proofreadFileList(): string[] {
  return [
    ...listContentFiles(join(root, 'content')).map((file) => `content/${file}`),
    ...['ja', 'en'].map((locale) => `messages/${locale}.json`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args.map((file) => relative(root, resolve(file))) : proofreadFileList();
  const results = await proofreadFiles(files);
  const format = await loadLinterFormatter({ formatterName: 'unix', color: false });
  const problems = results.reduce((count, result) => count + result.messages.length, 0);
  if (problems > 0) {
    console.error(format.format(results));
    console.error('The proofreading rules are in docs/style-guide.md (textlint/).');
    process.exit(1);
  }
  console.log(`proofread: ${files.length} files, no problems`);
}
