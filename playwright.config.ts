import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, headlessShellPath } from './scripts/support';

/**
 * Two ports the system reports free, chosen once per run: the runner reads this file first and
 * its workers inherit the environment it sets, so every process agrees on them. (A web server
 * here must be named by its URL before it starts, so it cannot itself listen on port 0.)
 */
if (!process.env.E2E_PORTS) {
  process.env.E2E_PORTS = execFileSync(process.execPath, [
    '-e',
    `const net = require('node:net');
     const listen = () => new Promise((ready) => { const server = net.createServer().listen(0, () => ready(server)); });
     Promise.all([listen(), listen()]).then((servers) => {
       console.log(servers.map((server) => server.address().port).join(' '));
       for (const server of servers) server.close();
     });`,
  ])
    .toString()
    .trim();
}
const [sitePort, genericPort] = process.env.E2E_PORTS.split(' ').map(Number);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // No spec walks the site: one that covers every page is one test per page (or requests only).
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    // Tracing every test to keep the failures' traces cost a third of the run's time: a failure
    // reports its error and the page's aria snapshot; rerun it with `--trace on` for the trace.
    trace: 'off',
    // No view-transition animation to wait out after each click (the transitions are CSS under
    // `prefers-reduced-motion: no-preference`; only view-transitions.spec.ts asks for them).
    contextOptions: { reducedMotion: 'reduce' },
    // Debian's Chromium (its headless shell where installed; `npx playwright install` cannot
    // download here); elsewhere Playwright's own browser, if the user installed it.
    launchOptions: { executablePath: headlessShellPath(), args: chromiumArgs },
  },
  projects: [
    // The built site in out/ as production serves it: `npm start` (CloudFront's function, the
    // site's headers, the 404 page), the way CloudFront serves it.
    { name: 'site', use: { browserName: 'chromium', baseURL: `http://localhost:${sitePort}` } },
    // The same out/ on a generic static file server (vercel's `serve`: clean URLs, its own 404
    // handling, no headers of ours), as any host would serve it: the specs whose outcome depends
    // on the server — pages answering by their clean URLs, links and the language switch
    // followed, redirects, cookies, the 404 page, files with their content types, speculation.
    // What a page says is the same bytes on both hosts, checked once, on `npm start`.
    {
      name: 'generic',
      use: { browserName: 'chromium', baseURL: `http://localhost:${genericPort}` },
      testMatch: [
        'every-page.spec.ts',
        'navigation.spec.ts',
        'locale-switch.spec.ts',
        'locale-cookie.spec.ts',
        'deep-link.spec.ts',
        'root-redirect.spec.ts',
        'not-found-languages.spec.ts',
        'no-javascript.spec.ts',
        'static-pages.spec.ts',
        'sitemap.spec.ts',
        'metadata.spec.ts',
        'drafts.spec.ts',
        'markdown-twins.spec.ts',
        'vcard.spec.ts',
        'resume-formats.spec.ts',
        'speculation-rules.spec.ts',
      ],
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
