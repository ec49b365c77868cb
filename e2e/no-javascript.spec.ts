import { expect, test } from '@playwright/test';
import { messages, sampleProject } from './utils';

test.use({ javaScriptEnabled: false });

test('the site reads and navigates without JavaScript', async ({ page }) => {
  await page.goto(`/ja/projects/${sampleProject.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(`#${sampleProject.section}`)).toBeVisible();

  // The locale switch is a plain link. (Remembering the choice takes JavaScript: the pages are
  // static files, which cannot set a cookie; see locale-cookie.spec.ts.)
  await page.getByRole('link', { name: messages.en.LocaleSwitch.name }).click();
  await expect(page).toHaveURL(`/en/projects/${sampleProject.slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page
    .getByRole('navigation', { name: messages.en.SiteHeader.navigation })
    .getByRole('link', { name: messages.en.SiteHeader.resume })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: messages.en.ResumePage.title })).toBeVisible();

  const response = await page.goto('/en/projects/no-such-project');
  expect(response?.status()).toBe(404);
  await expect(page.getByText(messages.en.NotFoundPage.title, { exact: true })).toBeVisible();
});
