// What `npm run build` does to Next's static export in out/ once `next build` has written it.
// Every page is prerendered HTML that works without JavaScript, so Next's runtime is dead weight
// there (Next has no switch to leave it out: vercel/next.js#5054, #34063, #45009). The HTML is
// rewritten through a parser (rehype), never with regular expressions.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { listFiles } from '../lib/files';
import { inlineScriptHashes, scriptHash } from '../lib/http-headers.mjs';
import { enhancementScript } from '../lib/site';

/** JSON-LD, the enhancement script, and the inline scripts the CSP allows by hash (site.js, the Speculation Rules). */
function isKeptScript(element: Element): boolean {
  const { type, src } = element.properties;
  const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return (
    type === 'application/ld+json' || src === enhancementScript || (src === undefined && inlineScriptHashes.includes(scriptHash(text)))
  );
}

function isScriptPreload(element: Element): boolean {
  const rel = element.properties.rel;
  const rels = Array.isArray(rel) ? rel.map(String) : [];
  return element.tagName === 'link' && (rels.includes('modulepreload') || (rels.includes('preload') && element.properties.as === 'script'));
}

/** Drops Next's runtime `<script>`s, its inline RSC payload and its script preloads; `keep` decides which scripts stay. */
export function removeScripts(keep: (script: Element) => boolean = isKeptScript) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if ((node.tagName === 'script' && !keep(node)) || isScriptPreload(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/** Rewrites an HTML file through a rehype plugin. */
export function rewriteHtml(file: string, plugin: () => (tree: Root) => void) {
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, String(unified().use(rehypeParse).use(plugin).use(rehypeStringify).processSync(html)));
}

/**
 * Leaves out/ with HTML and CSS only, plus the enhancement script: framework scripts out of every
 * page, and the files nothing requests any more (RSC payloads, JavaScript chunks, build
 * manifests, the internal `_not-found` route) deleted.
 */
export function removeFrameworkJavaScript(outDir: string) {
  for (const file of listFiles(outDir)) {
    const path = join(outDir, file);
    const name = file.split('/').at(-1) ?? '';
    if (file.endsWith('.html')) rewriteHtml(path, removeScripts());
    const payload = file.endsWith('.txt') && (name.startsWith('__next.') || existsSync(path.replace(/\.txt$/, '.html')));
    const frameworkScript = file.startsWith('_next/') && file.endsWith('.js');
    if (payload || frameworkScript) rmSync(path);
  }
  rmSync(join(outDir, '_not-found.html'), { force: true });
  rmSync(join(outDir, '_not-found'), { recursive: true, force: true });
}

/**
 * The résumé's PDF links exist in the HTML before the PDFs do (they are printed from the built
 * pages): each now states its file's size, or goes if its PDF could not be printed.
 */
export function settleResumePdfLinks(outDir: string, locale: string) {
  const sizeFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  rewriteHtml(join(outDir, locale, 'resume.html'), () => (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const href = node.properties.dataResumePdf;
      if (typeof href !== 'string' || parent === undefined || index === undefined) return undefined;
      const pdf = join(outDir, href);
      if (!existsSync(pdf)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      delete node.properties.dataResumePdf;
      visit(node, 'element', (child) => {
        if (child.properties.dataPdfSize === undefined) return;
        delete child.properties.dataPdfSize;
        child.children = [{ type: 'text', value: sizeFormat.format(statSync(pdf).size / 1024) }];
      });
      return SKIP;
    });
  });
}
