// Full-page screenshots of the key pages at phone and desktop widths, in both locales and both
// colour schemes, for looking at what we ship: `npm run screenshots` (needs `npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 3299;
const base = `http://localhost:${port}`;
const pages = (process.env.PAGES ?? ',/projects/jp-us-trading-app,/resume').split(',');
const widths = [375, 1280];
const schemes = ['light', 'dark'] as const;

const server = spawn('npx', ['next', 'start', '-p', String(port)], { stdio: 'ignore', detached: true });
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${base}/ja`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync('screenshots', { recursive: true });
  for (const locale of ['ja', 'en']) {
    for (const path of pages) {
      for (const width of widths) {
        for (const colorScheme of schemes) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
          await page.goto(`${base}/${locale}${path}`);
          const name = `${locale}${path.replaceAll('/', '_') || '_home'}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
          await page.close();
          console.log(`screenshots/${name}`);
        }
      }
    }
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
