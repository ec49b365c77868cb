import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import { listContentFiles, readContentFile } from '@/lib/content-source';
import { draftHeadings } from '@/lib/markdown';
import { blockTexts, draftSectionTexts } from '@/lib/draft-texts';
import { allPages, attribute, elements, fileOf, outFiles, parsedPage, pdfText, readOut } from '../support/built-site';

// Every draft in the owner's content, read from the Markdown itself: draft projects (their page
// path and text) and draft sections of published ones (their text). Their titles and headings are
// names the CV gives, which the site shows as names (the résumé's other projects, a project's
// other topics); every other block of their text is searched for. With no drafts
// in the content, these pass on nothing to find; tests/content-build.test.ts proves the
// mechanism on fixture drafts either way.
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
const draftSlugs = drafts.flatMap((draft) => (draft.slug ? [draft.slug] : []));

describe('drafts in the built site', () => {
  it('have no page and no link', () => {
    const files = outFiles();
    for (const locale of routing.locales) {
      for (const slug of draftSlugs) assert.ok(!files.includes(`${locale}/projects/${slug}.html`), slug);
    }
    for (const path of allPages) {
      const links = elements(parsedPage(fileOf(path)), (element) => element.tagName === 'a').map((link) => attribute(link, 'href') ?? '');
      assert.deepEqual(
        links.filter((href) => draftSlugs.some((slug) => href.endsWith(`/projects/${slug}`))),
        [],
        path,
      );
    }
  });

  it('leave no byte in it: pages, data, cards’ text or PDFs', async () => {
    const files = outFiles();
    const texts: [string, string][] = files
      .filter((file) => /\.(html|json|xml|txt|md|vcf|webmanifest|js|css)$/.test(file))
      .map((file) => [file, readOut(file).toString('utf8')]);
    for (const file of files.filter((name) => name.endsWith('.pdf'))) texts.push([file, await pdfText(readOut(file))]);
    const leaks = drafts.flatMap(({ file, texts: draftTexts }) =>
      draftTexts.flatMap((text) =>
        texts.filter(([, built]) => built.includes(text)).map(([built]) => `${file}: "${text}" is in out/${built}`),
      ),
    );
    assert.deepEqual(leaks, []);
  });
});
