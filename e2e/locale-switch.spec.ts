import { expect, test } from '@playwright/test';
import { locales, messages, other, sampleProject } from './utils';

const pageTypes = [
  { name: 'home', path: '' },
  { name: 'projects', path: '/projects' },
  { name: 'project', path: `/projects/${sampleProject.slug}` },
  { name: 'technologies', path: '/technologies' },
  { name: 'résumé', path: '/resume' },
];

for (const locale of locales) {
  const target = other(locale);
  const switchName = messages[target].LocaleSwitch.name;

  for (const { name, path } of pageTypes) {
    test(`the switch on the ${name} page leads to its ${target} counterpart (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const h1 = await page.getByRole('heading', { level: 1 }).innerText();
      await page.getByRole('link', { name: switchName }).click();
      await expect(page).toHaveURL(`/${target}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', target);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(h1);
      await expect(page.getByRole('link', { name: messages[locale].LocaleSwitch.name })).toHaveAttribute('href', `/${locale}${path}`);
    });
  }

  test(`the switch keeps the #section and remembers the choice (${locale})`, async ({ page, context }) => {
    await page.goto(`/${locale}/projects/${sampleProject.slug}#${sampleProject.section}`);
    await page.getByRole('link', { name: switchName }).click();
    await expect(page).toHaveURL(`/${target}/projects/${sampleProject.slug}#${sampleProject.section}`);
    await expect(page.locator(`#${sampleProject.section}`)).toBeInViewport();

    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe(target);
    await page.goto('/');
    await expect(page).toHaveURL(`/${target}`);
  });
}
