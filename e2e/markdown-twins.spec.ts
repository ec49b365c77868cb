import { expect, test } from '@playwright/test';
import { crawl, locales, pathOf, siteOrigin } from './utils';

// Language models and other text readers: every page names its Markdown twin in its head; the
// twin answers as Markdown with the page's h1 and its links absolute; /llms.txt lists them all.

const markdownType = /^text\/markdown; ?charset=utf-8$/i;

test('every page names its Markdown twin, which has the page’s h1 and absolute links', async ({ page, request }) => {
  const twins: string[] = [];
  for (const locale of locales) {
    for (const path of await crawl(page, locale)) {
      await page.goto(path);
      const alternate = page.locator('head link[rel="alternate"][type="text/markdown"]');
      await expect(alternate).toHaveCount(1);
      const href = (await alternate.getAttribute('href')) ?? '';
      expect(href.startsWith(siteOrigin), `${path}: the twin's URL is absolute`).toBe(true);
      twins.push(href);
      // The heading's text as read, without a ruby reading (<rt>, <rp>) above the name.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveCount(1);
      const h1 = await heading.evaluate((element) => {
        const copy = element.cloneNode(true);
        if (copy instanceof Element) for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
        return (copy.textContent ?? '').trim();
      });

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
