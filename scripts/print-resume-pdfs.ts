// The résumé as A4 PDFs, printed by Chromium from the site's own print view into
// public/{locale}/resume.pdf, served at /{locale}/resume.pdf by `next start` and in the export.
// scripts/build.ts calls it between two builds: the second lets the résumé page state each size.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { routing } from '../i18n/routing';
import { resumePdfPath } from '../lib/resume-pdf';
import { launchChromium } from './support';

// The PDF carries its own Japanese font (Noto Sans JP from npm), so it reads the same whatever
// fonts the build machine has. The font is cut down to the page's own characters first: the full
// font maps Kangxi radicals (⽉ U+2F49) to the same glyphs as the ideographs (月 U+6708), and
// Chromium's PDF would then give copied text the radicals.
const fontDir = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-jp');
const fonts: Record<string, string> = {
  '400': join(fontDir, '400Regular/NotoSansJP_400Regular.ttf'),
  '700': join(fontDir, '700Bold/NotoSansJP_700Bold.ttf'),
};
const fontFaces = Object.keys(fonts)
  .map((weight) => `@font-face{font-family:'Resume Noto Sans JP';font-weight:${weight};src:url('/__resume-font/${weight}.ttf')}`)
  .join('');

/** Prints each locale's résumé from the site served at `base`. */
export async function printResumePdfs(base: string, executablePath: string) {
  const browser = await launchChromium(executablePath);
  for (const locale of routing.locales) {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${base}/${locale}/resume`, { waitUntil: 'networkidle' });
    // The text, plus printable ASCII for what print CSS adds (written-out link addresses).
    const ascii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
    const text = (await page.evaluate(() => document.body.innerText)) + ascii;
    const subsets = new Map<string, Buffer>();
    for (const [weight, file] of Object.entries(fonts)) {
      subsets.set(weight, await subsetFont(readFileSync(file), text, { targetFormat: 'sfnt' }));
    }
    await page.route('**/__resume-font/*.ttf', (route) => {
      const weight = new URL(route.request().url()).pathname.split('/').at(-1)?.replace('.ttf', '') ?? '';
      return route.fulfill({ body: subsets.get(weight) ?? Buffer.alloc(0), contentType: 'font/ttf' });
    });
    await page.addStyleTag({ content: `${fontFaces}html,html *{font-family:'Resume Noto Sans JP',sans-serif!important}` });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const path = resumePdfPath(locale);
    mkdirSync(join(path, '..'), { recursive: true });
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    console.log(`résumé PDF: ${path} (${statSync(path).size} bytes)`);
    await page.close();
  }
  await browser.close();
}

export function removeResumePdfs() {
  for (const locale of routing.locales) rmSync(resumePdfPath(locale), { force: true });
}
