import { expect, test, type Page } from '@playwright/test';
import { content, locales, messages, other } from './utils';

/** The accessible name of the focused element, and whether its focus ring shows. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { name: '', outline: 'none' };
    return { name: (element.getAttribute('aria-label') ?? element.innerText).trim(), outline: getComputedStyle(element).outlineStyle };
  });
}

for (const locale of locales) {
  const t = messages[locale];

  test(`the keyboard reaches content, navigation and the locale switch in order (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects`);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t.SiteHeader.skipToContent })).toBeFocused();
    await expect(page.getByRole('link', { name: t.SiteHeader.skipToContent })).toBeVisible();

    const expected = [
      content.profile(locale).name,
      t.SiteHeader.home,
      t.SiteHeader.projects,
      t.SiteHeader.technologies,
      t.SiteHeader.resume,
      messages[other(locale)].LocaleSwitch.name,
    ];
    const order = [];
    for (const _ of expected) {
      await page.keyboard.press('Tab');
      const { name, outline } = await focused(page);
      expect(outline, name).not.toBe('none');
      order.push(name);
    }
    expect(order).toEqual(expected);

    // The next stop is the page's own content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });

  test(`the skip link moves focus to the main content (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });

  test(`the locale switch works from the keyboard (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/resume`);
    await page.getByRole('link', { name: messages[other(locale)].LocaleSwitch.name }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${other(locale)}/resume`);
    await expect(page.locator('html')).toHaveAttribute('lang', other(locale));
  });
}
