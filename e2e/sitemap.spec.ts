import { expect, test } from '@playwright/test';
import { routing } from '../i18n/routing';
import { content, locales, pagesOf, siteOrigin } from './utils';

// The pages are the getters'; that the site's links reach exactly them is tests/export/links.test.ts.
test('the sitemap lists exactly the published pages, with their alternates', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body)?.[1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(body)?.[1],
    alternates: Object.fromEntries(
      [...body.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)].map(([, lang = '', href = '']) => [lang, href]),
    ),
  }));

  const pages = locales.flatMap(pagesOf);
  expect(entries.map((entry) => entry.loc).sort()).toEqual(pages.map((path) => `${siteOrigin}${path}`).sort());

  // The CV carries one date, its last update; every page is drawn from it.
  const updated = content.profile(routing.defaultLocale).updated.slice(0, 10);
  for (const entry of entries) {
    expect(entry.lastmod?.slice(0, 10)).toBe(updated);
    const path = (entry.loc ?? '').slice(siteOrigin.length + 3);
    expect(entry.alternates).toEqual({
      ...Object.fromEntries(locales.map((locale) => [locale, `${siteOrigin}/${locale}${path}`])),
      'x-default': `${siteOrigin}/${routing.defaultLocale}${path}`,
    });
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/User-Agent: \*\s+Allow: \//);
  expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
});

// Each file type as any static host sends it, from its extension alone.
test('icons, manifest, sitemap and robots come with their content types', async ({ request, page }) => {
  await page.goto('/ja');
  const href = (selector: string) => page.locator(selector).first().getAttribute('href');
  for (const { path, type } of [
    { path: await href('link[rel="icon"][type="image/x-icon"]'), type: /^image\/(x-icon|vnd\.microsoft\.icon)$/ },
    { path: await href('link[rel="icon"][type="image/svg+xml"]'), type: /^image\/svg\+xml/ },
    { path: await href('link[rel="apple-touch-icon"]'), type: /^image\/png$/ },
    { path: await href('link[rel="manifest"]'), type: /^application\/manifest\+json/ },
    { path: '/sitemap.xml', type: /^(application|text)\/xml/ },
    { path: '/robots.txt', type: /^text\/plain/ },
  ]) {
    const response = await request.get(path ?? '');
    expect(response.status(), `${path}`).toBe(200);
    expect(response.headers()['content-type'], `${path}`).toMatch(type);
  }
  const manifest: unknown = await (await request.get((await href('link[rel="manifest"]')) ?? '')).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining(content.profile(routing.defaultLocale).name) });
  const icons: unknown[] =
    typeof manifest === 'object' && manifest !== null && 'icons' in manifest && Array.isArray(manifest.icons) ? manifest.icons : [];
  expect(icons.length).toBeGreaterThan(0);
  for (const icon of icons) {
    const [src, type] = ['src', 'type'].map((key) => String(typeof icon === 'object' && icon !== null ? Reflect.get(icon, key) : ''));
    const response = await request.get(src ?? '');
    expect(response.headers()['content-type'], src).toBe(type);
  }
});
