import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyHeadings, MarkdownError, renderMarkdown } from '@/lib/markdown';
import { draftSectionTexts } from '@/lib/draft-texts';

/** The ids of the headings in rendered HTML, in document order. */
const headingIds = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((match) => match[1] ?? '');

const body = `Intro.

## Challenges {#challenges}

### Done {#done}

Text.

### Empty {#empty .draft}

Not yet.

## After {#after}
`;

describe('renderMarkdown', () => {
  it('rejects raw HTML and script links, and marks external links noopener noreferrer', () => {
    const render = (markdown: string) => renderMarkdown(markdown, { includeDrafts: false });
    assert.throws(() => render('Hi <script>alert(1)</script>\n'), /raw HTML is not allowed/);
    assert.throws(() => render('<img src="x" onerror="alert(1)">\n'), /raw HTML is not allowed/);
    assert.throws(() => render('[x](javascript:alert(1))\n'), /"javascript:alert\(1\)" is not allowed/);
    assert.throws(() => render('![x](data:image/svg+xml,evil)\n'), /is not allowed/);
    assert.match(render('[x](https://example.com)\n'), /<a href="https:\/\/example.com" rel="noopener noreferrer">x<\/a>/);
    assert.match(render('[x](/ja/resume)\n'), /<a href="\/ja\/resume">x<\/a>/);
  });

  it('takes heading ids from {#id} and links each heading to itself', () => {
    const html = renderMarkdown(body, { includeDrafts: true, anchorTitle: 'Link to this section' });
    assert.match(
      html,
      /<h2 id="challenges"><a class="heading-anchor" title="Link to this section" href="#challenges">Challenges<\/a><\/h2>/,
    );
    assert.deepEqual(headingIds(html), ['challenges', 'done', 'empty', 'after']);
  });

  it('badges draft sections where drafts are shown, and drops them, to the next sibling heading, elsewhere', () => {
    assert.match(
      renderMarkdown(body, { includeDrafts: true, draftLabel: 'Draft' }),
      /<h3 id="empty" data-draft="Draft"><a class="heading-anchor" href="#empty">Empty<\/a><\/h3>\n<p>Not yet.<\/p>/,
    );
    const published = renderMarkdown(body, { includeDrafts: false });
    assert.deepEqual(headingIds(published), ['challenges', 'done', 'after']);
    assert.doesNotMatch(published, /Empty|Not yet|data-draft/);
    assert.deepEqual(draftSectionTexts(body), ['Empty', 'Not yet.']);
  });

  it('knows the headings it renders, from the Markdown tree: ids, levels and text', () => {
    for (const includeDrafts of [true, false]) {
      const headings = bodyHeadings(body, { includeDrafts });
      assert.deepEqual(
        headings.map((heading) => heading.id),
        headingIds(renderMarkdown(body, { includeDrafts })),
      );
    }
    assert.deepEqual(bodyHeadings(body, { includeDrafts: false }), [
      { id: 'challenges', depth: 2, text: 'Challenges' },
      { id: 'done', depth: 3, text: 'Done' },
      { id: 'after', depth: 2, text: 'After' },
    ]);
    assert.throws(() => bodyHeadings('## No id\n', { includeDrafts: false }), /has no stable id/);
  });

  it('moves headings down and prefixes ids for the résumé', () => {
    const html = renderMarkdown(body, { includeDrafts: false, headingOffset: 2, idPrefix: 'p' });
    assert.match(html, /<h4 id="p-challenges"><a class="heading-anchor" href="#p-challenges"/);
    assert.match(html, /<h5 id="p-done">/);
  });

  it('says where a link leads to a page in another language', () => {
    const html = renderMarkdown('[Notice](https://example.jp/n) and [other](https://example.com)\n', {
      includeDrafts: false,
      linkLanguages: new Map([['https://example.jp/n', 'ja']]),
      languageNote: (language) => ` (${language})`,
    });
    assert.match(html, /<a href="https:\/\/example.jp\/n" hreflang="ja" rel="noopener noreferrer">Notice<span> \(ja\)<\/span><\/a>/);
    assert.match(html, /<a href="https:\/\/example.com" rel="noopener noreferrer">other<\/a>/);
  });

  it('rejects a heading without an id, a repeated id, an unknown marker, a link in a heading and an h1', () => {
    const render = (markdown: string) => renderMarkdown(markdown, { includeDrafts: false });
    assert.throws(() => render('## No id\n'), /"No id" has no stable id/);
    assert.throws(() => render('## A {#a}\n\n## B {#a}\n'), /"a" is used twice/);
    assert.throws(() => render('## A {#a .wip}\n'), /unknown marker \.wip/);
    assert.throws(() => render('## [A](https://a.example) {#a}\n'), /contains a link/);
    assert.throws(() => render('# Title {#t}\n'), MarkdownError);
  });
});
