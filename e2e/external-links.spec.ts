import { expect, test } from '@playwright/test';

test('external links never hand over the opener or the referrer', async ({ page }) => {
  for (const path of ['/ja', '/en/resume', '/ja/projects/other-work']) {
    await page.goto(path);
    const rels = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''));
    expect(rels.length, path).toBeGreaterThan(0);
    for (const rel of rels) expect(rel.split(' '), path).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
});
