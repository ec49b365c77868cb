import { expect, test } from '@playwright/test';
import { locales, other, pagesOf, trackErrors } from './utils';

// One visit per page, for all a browser must tell of it: it answers, reads in its language,
// and loads with nothing failing — no console error, no failed request, no broken CSP.
for (const locale of locales) {
  for (const path of pagesOf(locale)) {
    test(`${path} answers 200 with one h1 and lang="${locale}", and loads with no error or CSP violation`, async ({ page }) => {
      const errors = trackErrors(page);
      // Policy reports that are warnings, not errors, count too.
      page.on('console', (message) => {
        if (message.type() !== 'error' && /Content Security Policy|Permissions-Policy/i.test(message.text())) errors.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The locale switch names the other language in that language.
      await expect(page.getByRole('banner').locator(`a[hreflang="${other(locale)}"]`)).toHaveAttribute('lang', other(locale));
      // `goto` has waited for the load event: every request the page makes (style sheet, script,
      // icons, fonts) is made by then; the site requests nothing later.
      expect(errors).toEqual([]);
    });
  }
}
