import { expect, test, type Page } from '@playwright/test';
import { locales, messages, other } from './utils';

// What a page arrived at by a navigation shows: the view transition's animations, named by the
// pseudo-element they run on, or that there was no transition. Read on `pagereveal`, the one
// moment a document learns how it was entered.
async function recordTransitions(page: Page) {
  await page.addInitScript(() => {
    addEventListener('pagereveal', (event) => {
      const root = document.documentElement;
      const transition = 'viewTransition' in event && event.viewTransition instanceof ViewTransition ? event.viewTransition : null;
      if (!transition) {
        root.dataset.transition = 'none';
        return;
      }
      transition.ready.then(
        () => {
          root.dataset.transition = document
            .getAnimations()
            .flatMap((animation) =>
              animation instanceof CSSAnimation && animation.effect instanceof KeyframeEffect && animation.effect.pseudoElement
                ? [`${animation.effect.pseudoElement} ${animation.animationName}`]
                : [],
            )
            .join(', ');
        },
        () => (root.dataset.transition = 'skipped'),
      );
    });
  });
}

/** Waits until the page has been shown long enough to be left as a reader leaves it. */
async function settle(page: Page) {
  await expect(page.getByRole('main')).toHaveCSS('view-transition-name', 'none');
}

// The other specs ask for reduced motion (playwright.config.ts); a visitor by default does not.
test.use({ contextOptions: { reducedMotion: 'no-preference' } });

for (const locale of locales) {
  const t = messages[locale];

  test(`a click animates the new page's main content in, and nothing of the page left is captured (${locale})`, async ({ page }) => {
    await recordTransitions(page);
    await page.goto(`/${locale}`);
    await settle(page);
    await page.getByRole('navigation', { name: t.SiteHeader.navigation }).getByRole('link', { name: t.SiteHeader.projects }).click();
    await expect(page).toHaveURL(`/${locale}/projects`);
    await expect(page.locator('html')).toHaveAttribute('data-transition', '::view-transition-new(site-main) site-main-in');

    // The language switch is a navigation like any other.
    await settle(page);
    await page.getByRole('link', { name: messages[other(locale)].LocaleSwitch.name }).click();
    await expect(page).toHaveURL(`/${other(locale)}/projects`);
    await expect(page.locator('html')).toHaveAttribute('data-transition', '::view-transition-new(site-main) site-main-in');
  });

  test(`nothing animates for a reader who asks for less motion (${locale})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordTransitions(page);
    await page.goto(`/${locale}`);
    await page.getByRole('navigation', { name: t.SiteHeader.navigation }).getByRole('link', { name: t.SiteHeader.projects }).click();
    await expect(page).toHaveURL(`/${locale}/projects`);
    await expect(page.locator('html')).toHaveAttribute('data-transition', 'none');
  });
}
