import { expect, test } from '@playwright/test';
import { crawl, locales, other } from './utils';

for (const locale of locales) {
  test(`every linked page answers 200 with one h1 and lang="${locale}" (${locale})`, async ({ page, request }) => {
    const paths = await crawl(page, locale);
    expect(paths).toEqual(expect.arrayContaining([`/${locale}`, `/${locale}/projects`, `/${locale}/resume`]));
    expect(paths.filter((path) => path.startsWith(`/${locale}/projects/`)).length).toBeGreaterThan(0);

    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
      // The locale switch names the other language in that language.
      await expect(page.getByRole('banner').locator(`a[hreflang="${other(locale)}"]`), path).toHaveAttribute('lang', other(locale));
    }
  });
}
