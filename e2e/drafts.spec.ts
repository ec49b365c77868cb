import { expect, test } from '@playwright/test';
import { crawl, locales } from './utils';

// Sections the CV leaves empty: drafts, never part of a production build.
const drafts = ['st-token', 'demo-trading-app', 'rust-market-data'];

for (const locale of locales) {
  test(`draft projects have no page and no link (${locale})`, async ({ page, request }) => {
    for (const slug of drafts) {
      expect((await request.get(`/${locale}/projects/${slug}`)).status()).toBe(404);
    }
    const paths = await crawl(page, locale);
    expect(paths.filter((path) => drafts.some((slug) => path.endsWith(`/${slug}`)))).toEqual([]);

    await page.goto(`/${locale}/projects/sor-order-routing`);
    await expect(page.locator('[data-draft]')).toHaveCount(0);
  });
}
