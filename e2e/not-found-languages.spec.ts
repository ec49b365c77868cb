import { expect, test } from '@playwright/test';
import { locales, messages } from './utils';

// A static host has one 404 page for every path; a server answers in the path's language. Either
// way, a visitor who reads only one of the two languages finds their way home.
for (const path of ['/ja/projects/no-such-project', '/en/no/such/page', '/fr']) {
  test(`the 404 page at ${path} speaks both languages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    for (const locale of locales) {
      const title = page.getByText(messages[locale].NotFoundPage.title, { exact: true });
      await expect(title).toBeVisible();
      expect(await title.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(locale);
      await expect(page.getByRole('link', { name: messages[locale].NotFoundPage.home })).toHaveAttribute('href', `/${locale}`);
    }
  });
}
