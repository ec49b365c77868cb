import { expect, test } from '@playwright/test';
import { locales, messages } from './utils';

// The static site has one 404 page for every path, whatever its language: it speaks the default
// language first and every other in a block of its own, so that a visitor who reads only one of
// them finds their way, without JavaScript.
for (const path of ['/ja/projects/no-such-project', '/en/no/such/page', '/fr', '/fr/projects']) {
  test(`the 404 page at ${path} answers 404 and speaks every language`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    for (const locale of locales) {
      const title = page.getByText(messages[locale].NotFoundPage.title, { exact: true });
      await expect(title).toBeVisible();
      expect(await title.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(locale);
      await expect(page.getByRole('link', { name: messages[locale].NotFoundPage.home })).toHaveAttribute('href', `/${locale}`);
    }
    await page.getByRole('link', { name: messages.en.NotFoundPage.home }).click();
    await expect(page).toHaveURL('/en');
  });
}

test('the 404 text is in the HTML itself', async ({ request }) => {
  const response = await request.get('/en/projects/no-such-project');
  expect(response.status()).toBe(404);
  const html = await response.text();
  for (const locale of locales) expect(html).toContain(messages[locale].NotFoundPage.title);
});
