import { expect, test } from '@playwright/test';
import { content, locales, messages, monthIn } from './utils';

for (const locale of locales) {
  for (const path of ['', '/resume']) {
    test(`the career timeline on ${path || 'home'} names every employer and school with its dates, as text (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}${path}`);
      const timeline = page.getByRole('main').getByRole('figure');
      await expect(timeline).toBeVisible();
      // The bars are drawing only; the list carries the facts, for every reader.
      await expect(timeline.locator('svg:not([aria-hidden="true"])')).toHaveCount(0);
      const text = await timeline.innerText();
      for (const job of content.experience(locale)) {
        expect(text).toContain(job.organization);
        expect(text).toContain(monthIn(locale, job.start));
      }
      for (const school of content.education(locale)) expect(text).toContain(school.institution);
      const asOf = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'Asia/Tokyo' }).format(
        new Date(content.profile(locale).updated),
      );
      await expect(timeline.getByText(messages[locale].CareerTimeline.asOf.replace('{date}', asOf))).toBeVisible();
    });
  }

  test(`the timeline is readable on a 320 px screen (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/${locale}`);
    const timeline = page.getByRole('main').getByRole('figure');
    const overflow = await timeline.evaluate((figure) => figure.scrollWidth - figure.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const horizontal = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(horizontal).toBeLessThanOrEqual(0);
  });
}
