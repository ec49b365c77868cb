import { expect, test } from '@playwright/test';
import { content, locales, messages, sampleProject } from './utils';

for (const locale of locales) {
  test(`a shared project link opens on its section (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/projects/${sampleProject.slug}#${sampleProject.section}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`h3#${sampleProject.section}`)).toBeInViewport();

    const facts = page.getByRole('region', { name: messages[locale].ProjectPage.facts });
    await expect(facts.getByText(messages[locale].ProjectFacts.stack)).toBeVisible();
    const project = content.projects(locale).find((candidate) => candidate.slug === sampleProject.slug);
    for (const link of project?.links ?? []) await expect(facts.locator(`a[href="${link.url}"]`)).toBeVisible();
  });
}
