// `npm run translated -- content/projects/x/en.md …`: records, in each translation's front matter,
// the version of its source (ja.md) it now renders — the source's prose hash — so that the
// content step stops listing it as stale. Run it after updating a translation, never before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { routing } from '../i18n/routing';
import { SOURCE_LOCALE, markTranslation, parseContentFile, proseHash, sourceFileOf } from '../lib/content-source';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const translations = routing.locales.filter((locale) => locale !== SOURCE_LOCALE);

function mark(argument: string): string {
  const path = resolve(argument);
  const file = relative(contentDir, path).split(sep).join('/');
  const locale = file.split('/').at(-1)?.replace(/\.md$/, '') ?? '';
  if (file.startsWith('..') || !file.endsWith('.md')) throw new Error(`not a content file under ${relative('.', contentDir)}/`);
  if (!translations.some((known) => known === locale)) {
    throw new Error(
      `not a translation: translations are ${translations.map((known) => `${known}.md`).join(', ')}; ${SOURCE_LOCALE}.md is the source`,
    );
  }
  const source = resolve(contentDir, sourceFileOf(file));
  if (!existsSync(source)) throw new Error(`its source ${relative('.', source)} does not exist`);
  const hash = proseHash(parseContentFile(sourceFileOf(file), readFileSync(source, 'utf8')));
  writeFileSync(path, markTranslation(readFileSync(path, 'utf8'), hash));
  return `${relative('.', path)}: marked as the translation of ${relative('.', source)} (${hash})`;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run translated -- content/<type>/[<slug>/]<locale>.md …  (after updating each translation)');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    console.log(mark(file));
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) process.exit(2);
