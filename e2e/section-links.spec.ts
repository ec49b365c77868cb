import { expect, test } from '@playwright/test';
import { locales, messages, sampleProject } from './utils';

for (const locale of locales) {
  test(`each project heading links to its own section, by keyboard too (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects/${sampleProject.slug}`);
    // The project body: every heading the CV's text brings.
    const headings = page.getByRole('article').locator('.prose :is(h2, h3, h4)[id]');
    const count = await headings.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      const heading = headings.nth(index);
      const id = await heading.getAttribute('id');
      const link = heading.getByRole('link');
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link).toHaveAttribute('title', messages[locale].HeadingAnchor.label);
      await expect(link).toBeVisible();
    }

    const section = page.locator(`#${sampleProject.section}`).getByRole('link');
    await section.focus();
    await expect(section).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${sampleProject.section}$`));
  });
}
