import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { speculationRulesSource } from '../lib/speculation-rules.mjs';
import { locales, messages, pagesOf } from './utils';

// Chromium reports what it makes of a page's Speculation Rules over the DevTools protocol's
// Preload domain: each rule set (with its error, if any) and the links it made candidates.
// Prerendering is refused while Playwright's DevTools session is attached to the page
// (PrerenderingDisabledByDevTools), so what is observable here is the prefetch; the rules ask for both.

type Preloading = {
  ruleSets: { sourceText: string; errorType?: string; errorMessage?: string }[];
  candidates: Set<string>;
  prefetches: { prefetchUrl: string; status: string }[];
};

async function watchPreloading(page: Page): Promise<{ cdp: CDPSession; seen: Preloading }> {
  const cdp = await page.context().newCDPSession(page);
  const seen: Preloading = { ruleSets: [], candidates: new Set(), prefetches: [] };
  cdp.on('Preload.ruleSetUpdated', ({ ruleSet }) => seen.ruleSets.push(ruleSet));
  cdp.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) => {
    seen.candidates = new Set(preloadingAttemptSources.filter(({ key }) => key.action === 'Prefetch').map(({ key }) => key.url));
  });
  cdp.on('Preload.prefetchStatusUpdated', (event) => seen.prefetches.push(event));
  await cdp.send('Preload.enable');
  return { cdp, seen };
}

for (const locale of locales) {
  test(`every page declares the Speculation Rules, and Chromium accepts them without error (${locale})`, async ({ page }) => {
    const paths = pagesOf(locale);
    const { seen } = await watchPreloading(page);
    for (const path of paths) {
      seen.ruleSets = [];
      await page.goto(path);
      await expect.poll(() => seen.ruleSets.length, path).toBe(1);
      const [ruleSet] = seen.ruleSets;
      expect(ruleSet?.errorType, `${path}: ${ruleSet?.errorMessage ?? ''}`).toBeUndefined();
      expect(ruleSet?.sourceText, path).toBe(speculationRulesSource);
    }
  });

  test(`the rules fetch same-origin pages ahead, never files or other sites (${locale})`, async ({ page }) => {
    // The résumé links pages, its PDFs and JSON, and other sites.
    const { seen } = await watchPreloading(page);
    await page.goto(`/${locale}/resume`);
    const links: string[] = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.href.replace(/#.*$/, '') : '')));
    const { origin } = new URL(page.url());
    const isPage = (url: string) => new URL(url).origin === origin && !/\.[a-z0-9]+$/i.test(new URL(url).pathname);
    const pages = new Set(links.filter(isPage));
    const others = new Set(links.filter((url) => url && !isPage(url)));
    // The test is only as good as the links the page has of each kind.
    expect([...others].some((url) => url.endsWith('.pdf') || url.endsWith('.json'))).toBe(true);
    expect([...others].some((url) => new URL(url).origin !== origin)).toBe(true);
    await expect.poll(() => [...seen.candidates].sort()).toEqual([...pages].sort());
  });

  test(`a link the pointer rests on is fetched ahead, and the click is served from that fetch (${locale})`, async ({ page }) => {
    const t = messages[locale];
    await page.goto(`/${locale}`);
    const { seen } = await watchPreloading(page);
    const link = page.getByRole('navigation', { name: t.SiteHeader.navigation }).getByRole('link', { name: t.SiteHeader.projects });
    await expect(link).toBeVisible();
    const target = new URL(`/${locale}/projects`, page.url()).href;
    await link.hover();
    await expect.poll(() => seen.prefetches.some(({ prefetchUrl, status }) => prefetchUrl === target && status === 'Ready')).toBe(true);
    await link.click();
    await expect(page).toHaveURL(target);
    const deliveryType = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation');
      return entry && 'deliveryType' in entry ? String(entry.deliveryType) : undefined;
    });
    expect(deliveryType).toBe('navigational-prefetch');
  });
}
