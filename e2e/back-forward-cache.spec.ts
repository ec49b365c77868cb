import { expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/support';
import { locales, pagesOf } from './utils';

// Playwright starts Chromium with --disable-back-forward-cache (so that its request routing sees
// every back navigation); these tests need the cache a visitor's browser has.
test.use({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

for (const locale of locales) {
  test(`going back to any page restores it from the back/forward cache (${locale})`, async ({ page }) => {
    const paths = pagesOf(locale);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    // Chromium says why a page could not be kept: an unload handler, `Cache-Control: no-store`…
    const refusals: string[] = [];
    cdp.on('Page.backForwardCacheNotUsed', ({ notRestoredExplanations }) => {
      refusals.push(notRestoredExplanations.map(({ reason }) => reason).join(', '));
    });
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => {
        document.documentElement.dataset.restored = String(event.persisted);
      });
    });
    const restored = async (path: string) => {
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html'), `${path}: ${refusals.join('; ')}`).toHaveAttribute('data-restored', 'true');
      refusals.length = 0;
    };
    // Each page loaded once, then left and returned to: back to the one before, forward to it
    // again (both restores), on to the next. A page restored from the cache fires no `load`.
    for (const [index, path] of paths.entries()) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-restored', 'false');
      const previous = paths[index - 1];
      if (previous === undefined) continue;
      await page.goBack({ waitUntil: 'commit' });
      await restored(previous);
      await page.goForward({ waitUntil: 'commit' });
      await restored(path);
    }
  });
}
