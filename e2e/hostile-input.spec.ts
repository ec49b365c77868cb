import { expect, test, type APIResponse } from '@playwright/test';

/** Never a 5xx, never a stack trace or an internal path in the body. */
async function expectCalm(response: APIResponse, what: string) {
  expect(response.status(), what).toBeLessThan(500);
  const body = await response.text();
  expect(body, what).not.toMatch(/\n\s+at \S+ \(|node_modules|\/work\/|Error: /);
}

const paths = [
  `/ja/${'a'.repeat(8 * 1024)}`,
  '/ja/projects/%00',
  '/%00',
  '/ja/%2e%2e/%2e%2e/etc/passwd',
  '/ja/projects/%2e%2e%2f%2e%2e%2fpackage.json',
  '/ja/projects/%E0%A4%A',
  '/%E0%A4%A',
  '/ja/projects/%E6%97%A5%E7%B1%B3',
  '/ja/projects/日米株',
  '//ja//projects//jp-us-trading-app',
  '/ja//resume',
  '/en/resume.json/..%2f..%2fpackage.json',
];

test('odd paths get an answer, not an error', async ({ request, baseURL }) => {
  // Full URLs, so that `//ja//…` stays a path and is not read as a host.
  for (const path of paths) await expectCalm(await request.get(`${baseURL}${path}`, { maxRedirects: 0 }), path);
});

test('odd headers, cookies, methods and queries get an answer, not an error', async ({ request }) => {
  const tries: [string, () => Promise<APIResponse>][] = [
    ['10 KB Accept-Language', () => request.get('/', { headers: { 'Accept-Language': 'en;q=0.5,'.repeat(1024) }, maxRedirects: 0 })],
    ['garbage Accept-Language', () => request.get('/', { headers: { 'Accept-Language': ';;q=x,,*-*-,\u00ff\u00fe' }, maxRedirects: 0 })],
    ['NEXT_LOCALE=zz', () => request.get('/', { headers: { Cookie: 'NEXT_LOCALE=zz' }, maxRedirects: 0 })],
    ['NEXT_LOCALE=<script>', () => request.get('/ja', { headers: { Cookie: 'NEXT_LOCALE=<script>alert(1)</script>' } })],
    ['HEAD', () => request.head('/ja/projects')],
    ['OPTIONS', () => request.fetch('/ja/resume', { method: 'OPTIONS' })],
    ['1000 query parameters', () => request.get(`/en/projects?${Array.from({ length: 1000 }, (_, index) => `p${index}=${index}`).join('&')}`)],
  ];
  for (const [what, send] of tries) await expectCalm(await send(), what);

  const zz = await request.get('/', { headers: { Cookie: 'NEXT_LOCALE=zz', 'Accept-Language': 'en' }, maxRedirects: 0 });
  expect(zz.headers().location).toMatch(/\/en$/);
});

test('unknown pages among them are the localized 404', async ({ page }) => {
  for (const [path, lang] of [
    ['/ja/projects/%00', 'ja'],
    ['/en/projects/日米株', 'en'],
    ['/ja/%2e%2e/%2e%2e/etc/passwd', 'ja'],
  ]) {
    const response = await page.goto(path ?? '');
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang ?? '');
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
});
