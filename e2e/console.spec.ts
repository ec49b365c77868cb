import { expect, test } from '@playwright/test';
import { crawl, locales, trackErrors } from './utils';

for (const locale of locales) {
  test(`pages log no console error and request nothing that fails (${locale})`, async ({ page }) => {
    const paths = await crawl(page, locale);
    const errors = trackErrors(page);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });
}
