// Full-page screenshots of every page type at phone and desktop widths, in every locale and both
// colour schemes, plus the résumé as printed, for looking at what we ship: `npm run screenshots`
// (after `npm run build`). `PAGES=/projects,/resume` picks the pages (paths below the locale).
import { mkdirSync } from 'node:fs';
import { routing } from '../i18n/routing';
import { sitePages } from './site-pages';
import { startSiteServer } from './site-server';
import { chromiumPath, launchChromium } from './support';

const pages = process.env.PAGES?.split(',') ?? sitePages().map((page) => page.path);
const widths = [375, 1280];
const schemes = ['light', 'dark'] as const;

const executablePath = chromiumPath();
if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
const site = await startSiteServer('out');
try {
  const browser = await launchChromium(executablePath);
  mkdirSync('screenshots', { recursive: true });
  for (const locale of routing.locales) {
    for (const path of pages) {
      const media = path === '/resume' ? (['screen', 'print'] as const) : (['screen'] as const);
      for (const width of widths) {
        for (const colorScheme of schemes) {
          for (const medium of media) {
            if (medium === 'print' && colorScheme === 'dark') continue;
            const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
            await page.emulateMedia({ media: medium });
            await page.goto(`${site.base}/${locale}${path}`);
            const name = `${locale}${path.replaceAll('/', '_') || '_home'}-${width}-${medium === 'print' ? 'print' : colorScheme}.png`;
            await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
            await page.close();
            console.log(`screenshots/${name}`);
          }
        }
      }
    }
  }
  await browser.close();
} finally {
  await site.close();
}
