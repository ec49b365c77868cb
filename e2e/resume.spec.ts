import { expect, test } from '@playwright/test';
import { locales, messages } from './utils';

for (const locale of locales) {
  test(`the résumé follows the order of the 職務経歴書 (${locale})`, async ({ page }) => {
    const t = messages[locale].ResumePage;
    await page.goto(`/${locale}/resume`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      t.profile,
      t.career,
      t.education,
      t.projects,
      t.skills,
      t.certifications,
      t.interests,
    ]);
  });
}

test('dates read as the CV gives them, in each language', async ({ page }) => {
  await page.goto('/ja/resume');
  await expect(page.getByRole('main').getByText('最終更新: 2024年8月10日')).toBeVisible();
  await expect(page.getByRole('heading', { name: /株式会社 SBI 証券/ })).toContainText('2023年3月 – 現在');
  await page.goto('/en/resume');
  await expect(page.getByRole('main').getByText('Last updated: August 10, 2024')).toBeVisible();
  await expect(page.getByRole('heading', { name: /SBI SECURITIES/ })).toContainText('Mar 2023 – Present');
});
