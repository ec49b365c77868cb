import { expect, test } from '@playwright/test';
import { crawl, locales } from './utils';

const expected = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function checkHeaders(headers: Record<string, string>, path: string) {
  for (const [name, value] of Object.entries(expected)) expect(headers[name], `${name} on ${path}`).toBe(value);
  expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
  expect(headers['permissions-policy'], path).toContain('camera=()');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, path).toContain("default-src 'self'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).not.toContain('unsafe-eval');
  expect(headers['x-powered-by'], path).toBeUndefined();
}

test('every route sends the security headers: pages, 404s, cards, files, scripts', async ({ page, request }) => {
  const paths = ['/ja/projects/no-such-project', '/fr', '/sitemap.xml', '/robots.txt', '/favicon.ico', '/ja/resume.json', '/ja/opengraph-image'];
  for (const locale of locales) paths.push(...(await crawl(page, locale)));
  await page.goto('/en');
  paths.push(...(await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? ''))));
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    checkHeaders(response.headers(), path);
  }
});

for (const locale of locales) {
  test(`no page breaks its Content-Security-Policy (${locale})`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const path of await crawl(page, locale)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // Client-side navigation and the 404 page too.
    await page.goto(`/${locale}`);
    await page.getByRole('banner').getByRole('link').nth(2).click();
    await page.waitForLoadState('networkidle');
    await page.goto(`/${locale}/no/such/page`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}
