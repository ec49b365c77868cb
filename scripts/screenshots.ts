// Full-page screenshots of the key pages at phone and desktop widths, in both locales and both
// colour schemes, for looking at what we ship: `npm run screenshots` (needs `npm run build`).
// `PAGES=/projects,/resume` picks the pages (paths below the locale).
import { mkdirSync } from 'node:fs';
import { chromiumPath, launchChromium, startNextServer } from './support';

const pages = (process.env.PAGES ?? ',/projects/jp-us-trading-app,/resume').split(',');
const widths = [375, 1280];
const schemes = ['light', 'dark'] as const;

const executablePath = chromiumPath();
if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
const site = await startNextServer(3299);
try {
  const browser = await launchChromium(executablePath);
  mkdirSync('screenshots', { recursive: true });
  for (const locale of ['ja', 'en']) {
    for (const path of pages) {
      for (const width of widths) {
        for (const colorScheme of schemes) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
          await page.goto(`${site.base}/${locale}${path}`);
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
  await site.stop();
}
