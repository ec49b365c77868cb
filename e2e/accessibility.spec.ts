import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { content, locales, other, pagesOf } from './utils';

const schemes = ['light', 'dark'] as const;
/** The axe rules whose outcome depends on the colours (text contrast, links told apart by colour). */
const colourRules = ['color-contrast', 'link-in-text-block'];

// One test per page, so that more content means more tests, not a slower one.
for (const locale of locales) {
  for (const path of [...pagesOf(locale), `/${locale}/projects/no-such-project`]) {
    test(`${path} passes axe WCAG 2.2 AA in light and dark`, async ({ page }) => {
      await page.goto(path);
      // Axe runs in the page's own frame only (legacy mode below): a page with a frame must say so.
      expect(page.frames(), path).toHaveLength(1);
      // One load, both schemes: the colours follow prefers-color-scheme without a reload. The
      // scheme changes colours only, so in dark only the rules that read colours run again.
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        // Cards fade their colours (`transition-colors`): read them once the fade has ended.
        await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
        const axe = new AxeBuilder({ page })
          // Without the cross-frame mode's blank page opened per analysis to merge the frames'
          // results (half of each analysis's time here).
          .setLegacyMode(true)
          // Only violations are asserted: axe need not collect the passing and inapplicable nodes.
          // (Before withTags: options() replaces every option.)
          .options({ resultTypes: ['violations'] });
        const { violations } = await (
          colorScheme === 'light'
            ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
            : axe.withRules(colourRules)
        ).analyze();
        const summary = violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary, `${path} (${colorScheme})`).toEqual([]);
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
