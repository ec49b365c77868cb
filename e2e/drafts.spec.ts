import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listContentFiles, readContentFile } from '../lib/content-source';
import { listFiles } from '../lib/files';
import { blockTexts, draftHeadings, draftSectionTexts } from '../lib/markdown';
import { crawl, locales, pdfText } from './utils';

// Every draft in the owner's content, read from the Markdown itself: draft projects (their page
// path and text) and draft sections of published ones (their text). Their titles and headings are
// names the CV gives, which the site shows as names (the résumé's other projects, a project's
// other topics); every other block of their text is searched for.
type Draft = { file: string; slug?: string; texts: string[] };
const drafts = listContentFiles('content').flatMap((file): Draft[] => {
  const { data, body } = readContentFile('content', file);
  if (data.draft === true) {
    const slug = file.split('/').at(-2) ?? '';
    return [{ file, slug, texts: [`/projects/${slug}`, ...blockTexts(body)] }];
  }
  const names = new Set(draftHeadings(body));
  const sections = draftSectionTexts(body).filter((text) => !names.has(text));
  return sections.length > 0 ? [{ file, texts: sections }] : [];
});

// With no drafts in the content, these pass on nothing to find; the unit tests prove the
// mechanism on fixture drafts either way (tests/content-build.test.ts).
test.describe('drafts', () => {
  for (const locale of locales) {
    test(`draft projects have no page and no link (${locale})`, async ({ page, request }) => {
      const slugs = drafts.flatMap((draft) => (draft.slug ? [draft.slug] : []));
      for (const slug of slugs) expect((await request.get(`/${locale}/projects/${slug}`)).status(), slug).toBe(404);
      const paths = await crawl(page, locale);
      expect(paths.filter((path) => slugs.some((slug) => path.endsWith(`/${slug}`)))).toEqual([]);
    });
  }

  test('no byte of any draft is in the built site: pages, data, cards’ text or PDFs', async () => {
    const files = listFiles('out');
    const texts: [string, string][] = files
      .filter((file) => /\.(html|json|xml|txt|webmanifest|js|css)$/.test(file))
      .map((file) => [file, readFileSync(join('out', file), 'utf8')]);
    for (const file of files.filter((name) => name.endsWith('.pdf'))) texts.push([file, await pdfText(readFileSync(join('out', file)))]);
    const leaks = drafts.flatMap(({ file, texts: draftTexts }) =>
      draftTexts.flatMap((text) =>
        texts.filter(([, built]) => built.includes(text)).map(([built]) => `${file}: "${text}" is in out/${built}`),
      ),
    );
    expect(leaks).toEqual([]);
  });
});
