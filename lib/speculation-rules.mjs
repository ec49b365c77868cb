// The site's Speculation Rules: Chromium fetches (and, where it may, prerenders) a page while the
// pointer rests on a link to it (`moderate`: hover ~200 ms, or pointer-down), so the click is
// answered from memory. Plain data, inlined in every page (app/[locale]/layout.tsx) and allowed
// by its hash in the CSP (lib/http-headers.mjs), which is why it lives in one place.

/**
 * Same-origin page links only. Every page URL of the export is extension-less (`/ja/projects/x`)
 * and every file has the extension that gives its type (README), so "no dot in the path" is
 * "a page": PDFs, JSON, cards, images, `.md` and `.vcf` files are never fetched ahead. Other
 * origins never match `/*` (the pattern is relative to the page's own URL).
 */
const pageLinks = {
  source: 'document',
  where: { and: [{ href_matches: '/*' }, { not: { href_matches: '/*.*' } }] },
  eagerness: 'moderate',
};

export const speculationRules = { prerender: [pageLinks], prefetch: [pageLinks] };

/** The exact text of the inline `<script type="speculationrules">`: its sha256 is in the CSP. */
export const speculationRulesSource = JSON.stringify(speculationRules);
