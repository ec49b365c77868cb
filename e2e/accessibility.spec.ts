import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { content, crawl, locales, other } from './utils';

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
        const summary = violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary, path).toEqual([]);
      }
    });
  }

  test(`the name in the other script is marked with its language (${locale})`, async ({ page }) => {
    const { name } = content.profile(other(locale));
    for (const path of ['', '/resume']) {
      await page.goto(`/${locale}${path}`);
      const element = page.getByRole('main').getByText(name, { exact: true }).first();
      await expect(element).toBeVisible();
      expect(await element.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe(other(locale));
    }
  });
}
