import { expect, test, type APIResponse } from '@playwright/test';
import { messages, sampleProject } from './utils';

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
  '/../package.json',
  '/ja/projects/%E0%A4%A',
  '/%E0%A4%A',
  '/ja/projects/%E6%97%A5%E7%B1%B3',
  '/ja/projects/日米株',
  `//ja//projects//${sampleProject.slug}`,
  '/ja//resume',
  '/en/resume.json/..%2f..%2fpackage.json',
  '/.git/config',
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
    ['POST', () => request.post('/ja/resume', { data: 'x' })],
    [
      '1000 query parameters',
      () => request.get(`/en/projects?${Array.from({ length: 1000 }, (_, index) => `p${index}=${index}`).join('&')}`),
    ],
  ];
  for (const [what, send] of tries) await expectCalm(await send(), what);

  const zz = await request.get('/', { headers: { Cookie: 'NEXT_LOCALE=zz', 'Accept-Language': 'en' }, maxRedirects: 0 });
  expect(zz.headers().location).toMatch(/\/en$/);
});

test('files outside the site are never served', async ({ request, baseURL }) => {
  for (const path of ['/../package.json', '/ja/%2e%2e/%2e%2e/package.json', '/%2e%2e/README.md', '/.git/config']) {
    const response = await request.get(`${baseURL}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toMatch(/"dependencies"|Rui Iizumi — portfolio|\[core\]/);
  }
});

test('unknown pages among them are the 404 page, readable in both languages', async ({ page }) => {
  for (const path of ['/ja/projects/%00', '/en/projects/日米株', '/ja/%2e%2e/%2e%2e/etc/passwd']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.getByText(messages.en.NotFoundPage.title, { exact: true }), path).toBeVisible();
  }
});
