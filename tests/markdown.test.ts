import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingIds, MarkdownError, renderMarkdown } from '@/lib/markdown';

const body = `Intro.

## Challenges {#challenges}

### Done {#done}

Text.

### Empty {#empty .draft}

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

  it('takes heading ids from {#id}, drops the marker and links each heading to itself', () => {
    const html = renderMarkdown(body, { includeDrafts: true, anchorTitle: 'Link to this section' });
    assert.match(html, /<h2 id="challenges"><a href="#challenges" title="Link to this section" class="heading-anchor">Challenges<\/a><\/h2>/);
    assert.deepEqual(headingIds(html), ['challenges', 'done', 'empty', 'after']);
  });

  it('marks draft sections in development and drops them, to the next sibling heading, otherwise', () => {
    assert.match(renderMarkdown(body, { includeDrafts: true }), /<h3 id="empty" data-draft=""><a href="#empty"[^>]*>Empty<\/a><\/h3>/);
    const published = renderMarkdown(body, { includeDrafts: false });
    assert.deepEqual(headingIds(published), ['challenges', 'done', 'after']);
  });

  it('moves headings down and prefixes ids for the résumé', () => {
    const html = renderMarkdown(body, { includeDrafts: false, headingOffset: 2, idPrefix: 'p' });
    assert.match(html, /<h4 id="p-challenges"><a href="#p-challenges"/);
    assert.match(html, /<h5 id="p-done">/);
  });

  it('rejects a heading without an id, a repeated id, an unknown marker and an h1', () => {
    assert.throws(() => renderMarkdown('## No id\n', { includeDrafts: false }), /"No id" has no stable id/);
    assert.throws(() => renderMarkdown('## A {#a}\n\n## B {#a}\n', { includeDrafts: false }), /"a" is used twice/);
    assert.throws(() => renderMarkdown('## A {#a .wip}\n', { includeDrafts: false }), /unknown marker \.wip/);
    assert.throws(() => renderMarkdown('# Title {#t}\n', { includeDrafts: false }), MarkdownError);
    assert.throws(() => renderMarkdown('## [A](https://a.example) {#a}\n', { includeDrafts: false }), /contains a link/);
  });
});
