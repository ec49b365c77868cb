import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/support';

const serverPort = Number(process.env.E2E_PORT ?? 3210);
const staticPort = serverPort + 1;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    // Debian's Chromium where it is installed (`npx playwright install` cannot download here);
    // elsewhere Playwright's own browser, if the user installed it.
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    // The production build behind `next start` (`npm run build`).
    { name: 'server', use: { browserName: 'chromium', baseURL: `http://localhost:${serverPort}` } },
    // The static export in out/ (`npm run export`) behind a plain static file server. Left out,
    // as only a server can do them: a 404 page in the language of each path (a static host has
    // one 404 page), the security headers and their CSP (a static host sends its own: infra/
    // gives CloudFront the same list, tested there), and hostile requests (they test the server
    // that answers them, which for the export is the CDN's).
    {
      name: 'static',
      use: { browserName: 'chromium', baseURL: `http://localhost:${staticPort}` },
      testIgnore: ['not-found.spec.ts', 'security-headers.spec.ts', 'hostile-input.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `npx next start -p ${serverPort}`,
      url: `http://localhost:${serverPort}/ja`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/serve-static.ts out ${staticPort}`,
      url: `http://localhost:${staticPort}/ja`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
