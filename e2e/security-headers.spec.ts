import { expect, test } from '@playwright/test';
import { contentSecurityPolicy, inlineScriptHashes } from '../lib/http-headers.mjs';
import { enhancementScript } from '../lib/site';
import { locales, pagesOf } from './utils';

const expected = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function checkHeaders(headers: Record<string, string>, path: string) {
  for (const [name, value] of Object.entries(expected)) expect(headers[name], `${name} on ${path}`).toBe(value);
  expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
  expect(headers['permissions-policy'], path).toContain('camera=()');
  expect(headers['x-powered-by'], path).toBeUndefined();
}

test('the policy allows scripts from the site only: inline just the hashed two, no eval', () => {
  const directives = contentSecurityPolicy.split('; ');
  expect(directives).toContain(`script-src 'self' ${inlineScriptHashes.join(' ')}`);
  expect(inlineScriptHashes).toHaveLength(2);
  for (const hash of inlineScriptHashes) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  expect(directives).toContain("default-src 'none'");
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|inline-speculation-rules|\*/);
});

test('every answer carries the security headers: pages, redirects, 404s, cards, files', async ({ page, request }) => {
  const paths = [
    '/',
    '/ja/',
    '/ja/projects/no-such-project',
    '/fr',
    '/sitemap.xml',
    '/robots.txt',
    '/favicon.ico',
    '/ja/resume.json',
    '/ja/card.png',
    enhancementScript,
  ];
  for (const locale of locales) paths.push(...pagesOf(locale));
  await page.goto('/en');
  paths.push(
    ...(await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
  );
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    checkHeaders(response.headers(), path);
  }
});

// Every page is loaded under its policy once, by e2e/every-page.spec.ts; here, what is not a page.
for (const locale of locales) {
  test(`the root and the 404 page break no Content-Security-Policy (${locale})`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of ['/', `/${locale}/no/such/page`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });
}
