import { expect, test } from '@playwright/test';
import { content, dateIn, locales, messages, monthIn } from './utils';

for (const locale of locales) {
  test(`the résumé follows the order of the 職務経歴書, with the timeline after the personal details (${locale})`, async ({ page }) => {
    const t = messages[locale].ResumePage;
    await page.goto(`/${locale}/resume`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      t.profile,
      t.timeline,
      t.career,
      t.education,
      t.projects,
      t.skills,
      t.certifications,
      t.interests,
    ]);
  });

  test(`dates read as the CV gives them, in the language of the page (${locale})`, async ({ page }) => {
    const profile = content.profile(locale);
    const [job] = content.experience(locale);
    await page.goto(`/${locale}/resume`);
    await expect(page.getByRole('main').locator('header').getByText(dateIn(locale, profile.updated))).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(job?.organization ?? '') }).first()).toContainText(
      monthIn(locale, job?.start ?? ''),
    );
  });
}
