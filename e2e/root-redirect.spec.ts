import { expect, test } from '@playwright/test';

// A browser's language setting is what it sends as Accept-Language.
const cases = [
  { language: 'ja', expected: '/ja' },
  { language: 'en-US', expected: '/en' },
  { language: 'fr', expected: '/ja' },
];

for (const { language, expected } of cases) {
  test(`/ sends a browser set to "${language}" to ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: language });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(expected);
    await context.close();
  });
}

test('/ prefers the NEXT_LOCALE cookie over Accept-Language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ja' });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL ?? '' }]);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/en');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ still lands on a page in one of the languages', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/(ja|en)$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
