import { expect, test } from '@playwright/test';
import { messages } from './utils';

const cases = [
  { path: '/ja/projects/no-such-project', locale: 'ja' },
  { path: '/en/projects/no-such-project', locale: 'en' },
  { path: '/en/no/such/page', locale: 'en' },
  { path: '/ja/projects/%E0%A4%A', locale: 'ja' },
  { path: '/fr', locale: 'ja' },
  { path: '/fr/projects', locale: 'ja' },
] as const;

for (const { path, locale } of cases) {
  test(`${path} answers 404 with a ${locale} page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: messages[locale].NotFoundPage.title })).toBeVisible();
    await page.getByRole('link', { name: messages[locale].NotFoundPage.home }).click();
    await expect(page).toHaveURL(`/${locale}`);
  });
}

test('the 404 text is in the server HTML', async ({ request }) => {
  const response = await request.get('/en/projects/no-such-project');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('<html lang="en"');
  expect(html).toContain(messages.en.NotFoundPage.title);
});
