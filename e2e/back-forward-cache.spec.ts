import { expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/support';
import { crawl, locales } from './utils';

// Playwright starts Chromium with --disable-back-forward-cache (so that its request routing sees
// every back navigation); these tests need the cache a visitor's browser has.
test.use({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

for (const locale of locales) {
  test(`going back to any page restores it from the back/forward cache (${locale})`, async ({ page }) => {
    const paths = await crawl(page, locale);
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
    for (const [index, path] of paths.entries()) {
      refusals.length = 0;
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-restored', 'false');
      await page.goto(paths[(index + 1) % paths.length] ?? path);
      // A page restored from the cache fires no `load`: wait for the commit only.
      await page.goBack({ waitUntil: 'commit' });
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html'), `${path}: ${refusals.join('; ')}`).toHaveAttribute('data-restored', 'true');
    }
  });
}
