import { expect, test } from '@playwright/test';
import { messages } from './utils';

const switchToEnglish = messages.en.LocaleSwitch.name;

test('the locale switch remembers the choice in a SameSite=Lax cookie on path /', async ({ page, context }) => {
  await page.goto('/ja');
  await page.getByRole('link', { name: switchToEnglish }).click();
  await expect(page).toHaveURL('/en');
  const cookie = (await context.cookies()).find(({ name }) => name === 'NEXT_LOCALE');
  expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax', secure: false });
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
});

test('over HTTPS the locale cookie is Secure', async ({ page, context, baseURL }) => {
  // The site as if served over HTTPS: every request to the https origin is answered by the
  // server under test.
  const origin = 'https://portfolio.test';
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` }) });
  });
  await page.goto(`${origin}/ja`);
  await page.getByRole('link', { name: switchToEnglish }).click();
  await expect(page).toHaveURL(`${origin}/en`);
  const cookie = (await context.cookies(origin)).find(({ name }) => name === 'NEXT_LOCALE');
  expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax', secure: true });
  // The page may still be loading its scripts through the route; let those go.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test.describe('for a browser set to Japanese', () => {
  test.use({ locale: 'ja' });

  // next-intl alone would record `en` here, since the path's language differs from the browser's.
  test('visiting pages in English is not taken as a choice', async ({ page, context }) => {
    await page.goto('/en');
    await page.goto('/en/no/such/page');
    expect((await context.cookies()).filter(({ name }) => name === 'NEXT_LOCALE')).toEqual([]);
  });
});
