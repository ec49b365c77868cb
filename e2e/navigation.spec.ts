import { expect, test } from '@playwright/test';
import { locales, messages } from './utils';

for (const locale of locales) {
  const t = messages[locale];

  test(`a visitor reaches every page type through the header and cards (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const nav = page.getByRole('navigation', { name: t.SiteHeader.navigation });
    await expect(nav.getByRole('link', { name: t.SiteHeader.home })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('link', { name: t.SiteHeader.projects }).click();
    await expect(page).toHaveURL(`/${locale}/projects`);
    await expect(page.getByRole('heading', { level: 1, name: t.ProjectsPage.title })).toBeVisible();

    await expect(nav.getByRole('link', { name: t.SiteHeader.home })).not.toHaveAttribute('aria-current');
    const firstCard = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
    const title = await firstCard.innerText();
    await firstCard.click();
    await expect(page).toHaveURL(new RegExp(`^.*/${locale}/projects/[a-z0-9-]+$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(nav.getByRole('link', { name: t.SiteHeader.projects })).toHaveAttribute('aria-current', 'true');

    await nav.getByRole('link', { name: t.SiteHeader.technologies }).click();
    await expect(page).toHaveURL(`/${locale}/technologies`);
    await expect(page.getByRole('heading', { level: 1, name: t.TechnologiesPage.title })).toBeVisible();
    await expect(nav.getByRole('link', { name: t.SiteHeader.technologies })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('link', { name: t.SiteHeader.resume }).click();
    await expect(page).toHaveURL(`/${locale}/resume`);
    await expect(page.getByRole('heading', { level: 1, name: t.ResumePage.title })).toBeVisible();

    await nav.getByRole('link', { name: t.SiteHeader.home }).click();
    await expect(page).toHaveURL(`/${locale}`);
  });

  test(`a project page links to its neighbours and back to the list (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects`);
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);

    await page.getByRole('link', { name: titles[0] }).click();
    const pagination = page.getByRole('navigation', { name: t.ProjectPage.pagination });
    await expect(pagination.getByRole('link', { name: new RegExp(t.ProjectPage.previous) })).toHaveCount(0);
    await pagination.getByRole('link', { name: new RegExp(t.ProjectPage.next) }).click();
    await expect(page.getByRole('heading', { level: 1, name: titles[1] })).toBeVisible();
    await page
      .getByRole('navigation', { name: t.ProjectPage.pagination })
      .getByRole('link', { name: new RegExp(t.ProjectPage.previous) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible();

    await page.getByRole('link', { name: t.ProjectPage.backToProjects }).click();
    await expect(page).toHaveURL(`/${locale}/projects`);
  });
}
