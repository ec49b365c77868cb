import { expect, test } from '@playwright/test';
import { content, crawl, locales, messages } from './utils';

for (const locale of locales) {
  test(`external links never hand over the opener or the referrer (${locale})`, async ({ page }) => {
    let checked = 0;
    for (const path of await crawl(page, locale)) {
      await page.goto(path);
      const rels = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''));
      for (const rel of rels) expect(rel.split(' '), path).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      checked += rels.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test(`a link to a page in another language says so, to the eye and to the browser (${locale})`, async ({ page }) => {
    // The pages the content declares to be in one language, other than this page's.
    const profile = content.profile(locale);
    const links = [...content.projects(locale).flatMap((project) => project.links), profile.github, profile.credly];
    const foreign = new Map(
      links.filter((link) => link.lang !== undefined && link.lang !== locale).map((link) => [link.url, link.lang ?? '']),
    );
    const seen = new Set<string>();
    for (const path of await crawl(page, locale)) {
      await page.goto(path);
      for (const [url, language] of foreign) {
        const found = page.locator(`main a[href="${url}"]`);
        const note = messages[locale].LinkLanguage.note.replace(
          '{language}',
          new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language,
        );
        for (const link of await found.all()) {
          await expect(link, `${path} ${url}`).toHaveAttribute('hreflang', language);
          await expect(link, `${path} ${url}`).toContainText(note.trim());
          seen.add(url);
        }
      }
    }
    // Every such link the content has is on some page (a project's facts, the profile links).
    expect([...seen].sort()).toEqual([...foreign.keys()].sort());
  });
}
