import { expect, test } from '@playwright/test';
import { crawl, locales, siteOrigin } from './utils';

test('the sitemap lists exactly the published pages, with their alternates', async ({ page, request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body)?.[1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(body)?.[1],
    alternates: Object.fromEntries([...body.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)].map(([, lang, href]) => [lang, href])),
  }));

  const pages = [];
  for (const locale of locales) pages.push(...(await crawl(page, locale)));
  expect(entries.map((entry) => entry.loc).sort()).toEqual(pages.map((path) => `${siteOrigin}${path}`).sort());

  for (const entry of entries) {
    expect(entry.lastmod).toMatch(/^2024-08-10/);
    const path = (entry.loc ?? '').slice(siteOrigin.length + 3);
    expect(entry.alternates).toEqual({
      ja: `${siteOrigin}/ja${path}`,
      en: `${siteOrigin}/en${path}`,
      'x-default': `${siteOrigin}/ja${path}`,
    });
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/User-Agent: \*\s+Allow: \//);
  expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
});

test('icons and the web app manifest are served', async ({ request, page }) => {
  for (const { path, type } of [
    { path: '/favicon.ico', type: 'image/x-icon' },
    { path: '/icon.svg', type: 'image/svg+xml' },
    { path: '/apple-icon', type: 'image/png' },
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
  await page.goto('/ja');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref ?? '')).json();
  expect(manifest.name).toContain('飯泉瑠偉');
  expect(manifest.icons.length).toBeGreaterThan(0);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});
