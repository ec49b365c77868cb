// What `npm run build` does to Next's static export in out/ once `next build` has written it.
// Every page is prerendered HTML that works without JavaScript, so Next's runtime is dead weight
// there (Next has no switch to leave it out: vercel/next.js#5054, #34063, #45009). The HTML is
// rewritten through a parser (rehype), never with regular expressions.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { listFiles } from '../lib/files';
import { hashedAssetsDir, inlineScriptHashes, scriptHash } from '../lib/http-headers.mjs';
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
 * The app's own client components, as Next recorded them in its client reference manifests
 * (`<distDir>/server/app/**\/*_client-reference-manifest.js`), by file. The site ships no
 * framework JavaScript, so a `'use client'` component would render once and never hydrate:
 * only Next's own boundaries (node_modules/next) may be there. No manifest at all means Next
 * changed how it records them, and this check could no longer see: that fails too.
 */
export function findClientComponents(distDir: string): string[] {
  const appDir = join(distDir, 'server', 'app');
  const manifests = existsSync(appDir) ? listFiles(appDir).filter((file) => file.endsWith('_client-reference-manifest.js')) : [];
  if (manifests.length === 0) {
    return [`${appDir}: no client reference manifest; has Next changed how it records client components? (scripts/static-export.ts)`];
  }
  const found = new Set<string>();
  for (const manifest of manifests) {
    // Each manifest is a script that assigns `globalThis.__RSC_MANIFEST[route]`: run in a bare context, it touches nothing else.
    const context = createContext({});
    runInContext(readFileSync(join(appDir, manifest), 'utf8'), context);
    const routes: unknown = context.__RSC_MANIFEST;
    const entries: unknown[] = typeof routes === 'object' && routes !== null ? Object.values(routes) : [];
    for (const route of entries) {
      const modules: unknown = typeof route === 'object' && route !== null && 'clientModules' in route ? route.clientModules : {};
      for (const id of typeof modules === 'object' && modules !== null ? Object.keys(modules) : []) {
        if (/[/\\]node_modules[/\\]next[/\\]dist[/\\]/.test(id)) continue;
        // Turbopack names modules `[project]/app/x.tsx <module evaluation>`, webpack by absolute path and `#export`.
        found.add(
          id
            .replace(/^\[project\]\//, '')
            .replace(/ <.*>$/, '')
            .replace(/#.*$/, ''),
        );
      }
    }
  }
  return [...found]
    .sort()
    .map((file) => `${file} is a client component ('use client'): the site ships no framework JavaScript, so it would never hydrate`);
}

/**
 * What out/ may hold once stripped, by kind: anything else is a file the strip does not know
 * (a new kind of Next output, say), and fails the build until it is removed or listed here.
 */
const KNOWN_FILES: readonly { kind: string; matches: (file: string) => boolean }[] = [
  { kind: 'page', matches: (file) => file.endsWith('.html') },
  {
    kind: 'style sheet or font',
    matches: (file) => file.startsWith(`${hashedAssetsDir}/`) && !file.endsWith('.js') && !file.endsWith('.map'),
  },
  { kind: 'the enhancement script', matches: (file) => `/${file}` === enhancementScript },
  { kind: 'robots.txt or llms.txt', matches: (file) => file === 'robots.txt' || file === 'llms.txt' },
  {
    kind: 'image, document or data file',
    matches: (file) => /\.(png|svg|ico|jpe?g|webp|avif|pdf|json|xml|webmanifest|md|vcf)$/.test(file) && !file.startsWith('_next/'),
  },
];

/**
 * The contract of the stripped export, checked on out/ itself: no page keeps a script but
 * JSON-LD and the enhancement script (or a script preload), and every file is of a known kind.
 * Returns the problems, each naming its file.
 */
export function checkStaticExport(outDir: string): string[] {
  const problems: string[] = [];
  for (const file of listFiles(outDir)) {
    if (!KNOWN_FILES.some(({ matches }) => matches(file)))
      problems.push(`out/${file} is a file the strip does not know (scripts/static-export.ts)`);
    if (!file.endsWith('.html')) continue;
    const tree = unified()
      .use(rehypeParse)
      .parse(readFileSync(join(outDir, file), 'utf8'));
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'script' && !isKeptScript(node)) || isScriptPreload(node)) {
        const { src, type, href } = node.properties;
        problems.push(
          `out/${file} keeps a script: <${node.tagName}${[src, type, href]
            .filter(Boolean)
            .map((value) => ` ${String(value)}`)
            .join('')}>`,
        );
      }
    });
  }
  return problems;
}

/**
 * `next build`'s output made the site's: refuses client components (from `distDir`), strips
 * the runtime from `outDir`, and checks what is left. Returns the problems, each naming its
 * file; none means out/ is HTML, CSS, files and the enhancement script only.
 */
export function stripStaticExport(outDir: string, distDir: string): string[] {
  const clientComponents = findClientComponents(distDir);
  if (clientComponents.length > 0) return clientComponents;
  removeFrameworkJavaScript(outDir);
  return checkStaticExport(outDir);
}
