// The résumé as PDFs, printed by Chromium from the built site as production serves it: per locale
// and paper (lib/resume-files.ts), the full résumé from its page and the short one from its
// print-only page, into out/{locale}/resume[-short]-{paper}.pdf. Then the one step that only
// printing allows: the résumé page's links are told each file's pages and size.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import rehypeParse from 'rehype-parse';
import subsetFont from 'subset-font';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { routing } from '../i18n/routing';
import { NOTO_SANS_JP } from '../lib/fonts';
import { translator } from '../lib/messages';
import {
  PDF_FACTS_PROPERTY,
  SHORT_RESUME_DETAILS,
  SHORT_RESUME_MAX_PAGES,
  resumePath,
  resumePdfs,
  resumePrintPath,
  type Paper,
  type PdfFacts,
  type ResumePdf,
  type ShortResumeDetail,
} from '../lib/resume-files';
import { siteUrl } from '../lib/site';
import { rewriteHtml } from './static-export';
import { launchChromium } from './support';

const formats: Record<Paper, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** Page numbers at the foot of every sheet, so that a printed copy can be put back in order. */
const footerTemplate =
  '<div style="width:100%;margin:0 15mm;font:7pt sans-serif;color:#52525b;text-align:right"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Chromium's PDF options for a paper: tagged (PDF/UA structure), with an outline and page numbers. */
export function pdfOptions(paper: Paper) {
  return {
    format: formats[paper],
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
  };
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

/**
 * Readies a loaded page for paper: links made absolute at the site's origin (a PDF has no page
 * to resolve `/en/projects/…` against), and Noto Sans JP embedded. The font is cut down to the
 * page's own characters first: the full font maps Kangxi radicals (⽉ U+2F49) to the same glyphs
 * as the ideographs (月 U+6708), and Chromium's PDF would then give copied text the radicals. It
 * is added for printing only (the site's policy allows no inline style: the context bypasses it).
 */
export async function preparePrint(page: Page) {
  await page.evaluate((origin) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      link.href = new URL(link.getAttribute('href') ?? '', origin).href;
      // Paper writes out the addresses of links off the site only, as the page prints from a browser.
      link.dataset.siteLink = '';
    }
  }, siteUrl.origin);
  // The text, plus printable ASCII for what print CSS adds (written-out link addresses).
  const ascii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
  const text = (await page.evaluate(() => document.body.innerText)) + ascii;
  const faces = [];
  for (const [weight, file] of Object.entries(NOTO_SANS_JP)) {
    const subset = await subsetFont(readFileSync(file), text, { targetFormat: 'sfnt' });
    faces.push(
      `@font-face{font-family:'Resume Noto Sans JP';font-weight:${weight};src:url(data:font/ttf;base64,${subset.toString('base64')})}`,
    );
  }
  await page.addStyleTag({
    content: `${faces.join('')}html,html *{font-family:'Resume Noto Sans JP',sans-serif!important}a[data-site-link]::after{content:none!important}`,
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export type PrintedShortResume = { pdf: Buffer; pages: number; detail: ShortResumeDetail };

/** Prints the short résumé on `paper` at the most detail that fits SHORT_RESUME_MAX_PAGES. */
export async function printShortResume(page: Page, paper: Paper): Promise<PrintedShortResume> {
  let printed: PrintedShortResume | undefined;
  for (const detail of SHORT_RESUME_DETAILS) {
    await page.evaluate((value) => document.querySelector('[data-short-detail]')?.setAttribute('data-short-detail', value), detail);
    const pdf = await page.pdf(pdfOptions(paper));
    printed = { pdf, pages: await pageCount(pdf), detail };
    if (printed.pages <= SHORT_RESUME_MAX_PAGES) break;
  }
  if (!printed) throw new Error('SHORT_RESUME_DETAILS is empty');
  return printed;
}

export type PrintedPdf = ResumePdf & PdfFacts & { detail?: ShortResumeDetail };

/** Prints every locale's résumés, short and full, on each of their papers, from the site served at `base`. */
export async function printResumePdfs(base: string, outDir: string, executablePath: string): Promise<PrintedPdf[]> {
  const browser = await launchChromium(executablePath);
  const printed: PrintedPdf[] = [];
  try {
    const context = await browser.newContext({ bypassCSP: true });
    for (const locale of routing.locales) {
      for (const length of ['short', 'full'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        await page.goto(`${base}${resumePrintPath(locale, length)}`, { waitUntil: 'networkidle' });
        await preparePrint(page);
        for (const file of resumePdfs(locale).filter((candidate) => candidate.length === length)) {
          const { pdf, pages, detail } = length === 'short' ? await printShortResume(page, file.paper) : await printFull(page, file.paper);
          const path = join(outDir, file.href);
          mkdirSync(join(path, '..'), { recursive: true });
          writeFileSync(path, pdf);
          printed.push({ ...file, pages, bytes: pdf.length, detail });
          const over =
            length === 'short' && pages > SHORT_RESUME_MAX_PAGES ? ` — over ${SHORT_RESUME_MAX_PAGES} pages even at the least detail` : '';
          console.log(`résumé PDF: ${path}: ${pages} pages, ${pdf.length} bytes${detail ? `, detail "${detail}"` : ''}${over}`);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return printed;
}

async function printFull(page: Page, paper: Paper) {
  const pdf = await page.pdf(pdfOptions(paper));
  return { pdf, pages: await pageCount(pdf), detail: undefined };
}

/**
 * The one step after printing (why: a PDF's pages and size exist only once it is printed, it is
 * printed from the built pages, and `next build` renders every page in one pass): each PDF link
 * of the résumé page gets its file's pages and size, written where components/resume-downloads.tsx
 * left the PDF_FACTS_ATTRIBUTE element. Nothing else of the page changes.
 */
export function writePdfFacts(outDir: string, printed: PrintedPdf[]) {
  for (const locale of routing.locales) {
    const t = translator(locale, 'ResumeDownloads');
    // The unit is the message's (kB in both languages: docs/style-guide.md), not Intl's, which writes KB in ja.
    const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    rewriteHtml(join(outDir, `${resumePath(locale)}.html`), () => (tree: Root) => {
      visit(tree, 'element', (node) => {
        const href = node.properties[PDF_FACTS_PROPERTY];
        if (typeof href !== 'string') return undefined;
        const file = printed.find((candidate) => candidate.href === href);
        if (!file) throw new Error(`${resumePath(locale)}: no PDF was printed for ${href}`);
        node.properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => key !== PDF_FACTS_PROPERTY));
        node.children = [{ type: 'text', value: t('facts', { pages: file.pages, size: size.format(file.bytes / 1024) }) }];
        return SKIP;
      });
    });
  }
}

/** The print-only pages are build material, not the site: their product is the PDFs. */
export function removePrintOnlyPages(outDir: string) {
  for (const locale of routing.locales) {
    const page = join(outDir, resumePrintPath(locale, 'short'));
    // The page, and the folder of the same name its stripped payloads leave behind.
    rmSync(`${page}.html`, { force: true });
    rmSync(page, { recursive: true, force: true });
  }
}

/** Every PDF a résumé page links that out/ does not hold: a release has none. */
export function unprintedResumePdfs(outDir: string): string[] {
  return routing.locales.flatMap((locale) => {
    const page = join(outDir, `${resumePath(locale)}.html`);
    if (!existsSync(page)) return [];
    const linked: string[] = [];
    visit(unified().use(rehypeParse).parse(readFileSync(page, 'utf8')), 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.endsWith('.pdf')) linked.push(href);
    });
    return linked.filter((href) => !existsSync(join(outDir, href)));
  });
}
