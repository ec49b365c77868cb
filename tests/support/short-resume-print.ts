// The short résumé printed outside Next, as the build prints it (scripts/print-resume-pdfs.ts):
// the real component and the site's real stylesheet (app/globals.css through Tailwind), rendered
// to HTML and printed by Chromium, so that tests can hold its length to the bound on content of
// their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
// What @tailwindcss/postcss runs inside `next build` (postcss.config.mjs), called directly: the
// compiler and the scanner that finds the classes in use. Both come with @tailwindcss/postcss.
import { compile } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ShortResumeDocument } from '@/components/short-resume';
import type { Paper } from '@/lib/resume-files';
import type { ShortResume } from '@/lib/short-resume';
import { preparePrint, printShortResume, type PrintedShortResume } from '@/scripts/print-resume-pdfs';
import { root } from './content-build';

async function compileSiteCss(): Promise<string> {
  const compiler = await compile(readFileSync(join(root, 'app/globals.css'), 'utf8'), {
    base: join(root, 'app'),
    onDependency: () => undefined,
  });
  const sources = compiler.root === 'none' ? [] : [{ ...(compiler.root ?? { base: root, pattern: '**/*' }), negated: false }];
  return compiler.build(new Scanner({ sources: [...sources, ...compiler.sources] }).scan());
}
let css: Promise<string> | undefined;
function siteCss(): Promise<string> {
  css ??= compileSiteCss();
  return css;
}

export async function shortResumeHtml(resume: ShortResume): Promise<string> {
  const body = renderToStaticMarkup(createElement(ShortResumeDocument, { resume }));
  return `<!DOCTYPE html><html lang="${resume.locale}"><head><meta charset="utf-8"><style>${await siteCss()}</style></head><body>${body}</body></html>`;
}

/** Prints `resume` on `paper` as the build does: fonts embedded, detail lowered until it fits. */
export async function printShort(browser: Browser, resume: ShortResume, paper: Paper): Promise<PrintedShortResume> {
  const page = await browser.newPage();
  try {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.setContent(await shortResumeHtml(resume), { waitUntil: 'load' });
    await preparePrint(page);
    return await printShortResume(page, paper);
  } finally {
    await page.close();
  }
}

/** The PDF's text, page by page, in the order of its content stream. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const text = await (await pdf.getPage(number)).getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages;
}
