import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ElementContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { elements } from '../tests/support/built-site';
import { locales, pagesOf, pathOf, siteOrigin } from './utils';

// Language models and other text readers (which read HTML, not a rendered page): every page
// names its Markdown twin in its head; the twin answers as Markdown with the page's h1 and its
// links absolute; /llms.txt lists them all.

const markdownType = /^text\/markdown; ?charset=utf-8$/i;

/** A page as served, parsed as a browser parses it (no rendering: only its head and h1 are read). */
async function servedPage(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return unified()
    .use(rehypeParse)
    .parse(await response.text());
}

/** The text as read, without a ruby reading (<rt>, <rp>) above the name. */
const readText = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element' && !['rt', 'rp'].includes(node.tagName)
      ? node.children.map(readText).join('')
      : '';

test('every page names its Markdown twin, which has the page’s h1 and absolute links', async ({ request }) => {
  const twins: string[] = [];
  for (const locale of locales) {
    for (const path of pagesOf(locale)) {
      const tree = await servedPage(request, path);
      const alternates = elements(
        tree,
        (element) =>
          element.tagName === 'link' && String(element.properties.rel) === 'alternate' && element.properties.type === 'text/markdown',
      );
      expect(alternates, `${path} names one Markdown twin`).toHaveLength(1);
      const link = alternates[0]?.properties.href;
      const href = typeof link === 'string' ? link : '';
      expect(href.startsWith(siteOrigin), `${path}: the twin's URL is absolute`).toBe(true);
      twins.push(href);
      const headings = elements(tree, (element) => element.tagName === 'h1');
      expect(headings, `${path} has one h1`).toHaveLength(1);
      const h1 = (headings[0]?.children.map(readText).join('') ?? '').trim();

      const response = await request.get(pathOf(href));
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(markdownType);
      const markdown = await response.text();
      expect(markdown.split('\n')[0], `${href} starts with the page's h1`).toBe(`# ${h1}`);
      expect(markdown, `${href} links the page itself`).toContain(`${siteOrigin}${path}`);
      const relative = [...markdown.matchAll(/\]\((?!https?:|mailto:)([^)]*)\)/g)].map((match) => match[1]);
      expect(relative, `${href} has only absolute links`).toEqual([]);
    }
  }

  const llms = await request.get('/llms.txt');
  expect(llms.status()).toBe(200);
  expect(llms.headers()['content-type']).toMatch(/^text\/(plain|markdown); ?charset=utf-8$/i);
  const index = await llms.text();
  expect(index).toMatch(/^# .+/);
  expect(index).toMatch(/\n> .+/);
  const listed = [...index.matchAll(/\]\(([^)]+\.md)\)/g)].map((match) => match[1]);
  expect(listed.sort()).toEqual(twins.sort());
});
