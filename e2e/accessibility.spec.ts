import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawl, locales } from './utils';

const schemes = ['light', 'dark'] as const;

for (const locale of locales) {
  for (const colorScheme of schemes) {
    test(`every page passes axe WCAG 2.2 AA in ${colorScheme} (${locale})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const paths = [...(await crawl(page, locale)), `/${locale}/projects/no-such-project`];
      for (const path of paths) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary, path).toEqual([]);
      }
    });
  }
}

test('the name in the other script is marked with its language', async ({ page }) => {
  const langOf = (text: string) =>
    page.getByText(text, { exact: true }).first().evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
  await page.goto('/en');
  expect(await langOf('飯泉瑠偉')).toBe('ja');
  await page.goto('/ja');
  expect(await langOf('Rui Iizumi')).toBe('en');
  await page.goto('/en/resume');
  expect(await langOf('飯泉瑠偉')).toBe('ja');
});
