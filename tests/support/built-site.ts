// The built site in out/, read as files: for the checks that need no server and no browser
// (tests/export/*.test.ts, run by `npm run test:export` after `npm run build`). The pages
// expected are the getters' (lib/content.ts over the content the build was made from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { routing, type Locale } from '@/i18n/routing';
import { getPagePaths } from '@/lib/content';
import { listFiles } from '@/lib/files';

export const outDir = 'out';

/** Every page of a locale, as a path (`/en/projects/…`), from the getters. */
export const pagesOf = (locale: Locale) => getPagePaths().map((path) => `/${locale}${path}`);

export const allPages = routing.locales.flatMap(pagesOf);

/** The file of out/ a page path is served from (`/en/resume` → `en/resume.html`). */
export const fileOf = (path: string) => `${path.replace(/^\//, '')}.html`;

export const outFiles = () => listFiles(outDir);

export const readOut = (file: string) => readFileSync(join(outDir, file));

const parser = unified().use(rehypeParse);
const trees = new Map<string, Root>();

/** A page of out/ (by file), parsed as a browser would parse it; parsed once per run. */
export function parsedPage(file: string): Root {
  const found = trees.get(file);
  if (found) return found;
  const tree = parser.parse(readOut(file).toString('utf8'));
  trees.set(file, tree);
  return tree;
}

/** The elements of a tree (or below an element) that match. */
export function elements(tree: Nodes, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (match(element)) found.push(element);
  });
  return found;
}

/** An attribute as the HTML wrote it (hast keeps class-like lists as arrays). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of an element, as `textContent` gives it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** The element `<head>` (or `<body>`, `<main>`) of a page. */
export function first(tree: Nodes, tagName: string): Element {
  const [found] = elements(tree, (element) => element.tagName === tagName);
  if (!found) throw new Error(`no <${tagName}>`);
  return found;
}

/** A PDF's text, its pages run together. */
export async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const text = await (await pdf.getPage(number)).getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
