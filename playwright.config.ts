import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/support';

const sitePort = Number(process.env.E2E_PORT ?? 3210);
const genericPort = sitePort + 1;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // Specs that walk every page grow with the content: room for a few times today's pages.
  timeout: 120_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    // Debian's Chromium where it is installed (`npx playwright install` cannot download here);
    // elsewhere Playwright's own browser, if the user installed it.
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    // The built site in out/ as production serves it: `npm start` (CloudFront's function, the
    // site's headers, the 404 page), the way CloudFront serves it.
    { name: 'site', use: { browserName: 'chromium', baseURL: `http://localhost:${sitePort}` } },
    // The same out/ on a generic static file server (vercel's `serve`: clean URLs, its own 404
    // handling, no headers of ours), as any host would serve it. Left out, as only the
    // production-like server can pass them: its headers and CSP, its answers to hostile requests
    // (and verify.spec.ts, which serves its own copies).
    {
      name: 'generic',
      use: { browserName: 'chromium', baseURL: `http://localhost:${genericPort}` },
      testIgnore: ['security-headers.spec.ts', 'hostile-input.spec.ts', 'accessibility.spec.ts', 'verify.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `PORT=${sitePort} npx tsx scripts/serve.ts out`,
      url: `http://localhost:${sitePort}/ja`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx serve out --listen ${genericPort} --no-request-logging --no-clipboard`,
      url: `http://localhost:${genericPort}/ja`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
