// The résumé as PDFs, printed by Chromium from the built site's own print view, one per locale
// and paper (lib/resume-files.ts), into out/{locale}/resume-{paper}.pdf. scripts/build.ts runs it
// on the finished export, served as production serves it.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { routing } from '../i18n/routing';
import { RESUME_PAPERS, resumePdfHref, resumePath, type Paper } from '../lib/resume-files';
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
const formats: Record<Paper, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** Page numbers at the foot of every sheet, so that a printed copy can be put back in order. */
const footerTemplate =
  '<div style="width:100%;margin:0 15mm;font:7pt sans-serif;color:#52525b;text-align:right"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Prints every locale's résumé, on each of its papers, from the site served at `base`. */
export async function printResumePdfs(base: string, outDir: string, executablePath: string) {
  const browser = await launchChromium(executablePath);
  // The font is added to the page for printing only: the site's own policy allows no inline style.
  const context = await browser.newContext({ bypassCSP: true });
  for (const locale of routing.locales) {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${base}${resumePath(locale)}`, { waitUntil: 'networkidle' });
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
    for (const paper of RESUME_PAPERS[locale]) {
      const path = join(outDir, resumePdfHref(locale, paper));
      mkdirSync(join(path, '..'), { recursive: true });
      await page.pdf({
        path,
        format: formats[paper],
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate,
      });
      console.log(`résumé PDF: ${path} (${statSync(path).size} bytes)`);
    }
    await page.close();
  }
  await browser.close();
}
