import { expect, test } from '@playwright/test';
import { locales, sampleProject, trackErrors } from './utils';

for (const locale of locales) {
  test(`pages log no console errors (${locale})`, async ({ page }) => {
    const errors = trackErrors(page);
    for (const path of ['', '/projects', `/projects/${sampleProject.slug}`, '/resume']) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });
}
