// What a draft is made of, as text to search a build for: the tests that prove no byte of a
// draft reaches the site (tests/export/drafts.test.ts, tests/markdown.test.ts) and
// `npm run verify` (scripts/verify-site.ts). Which sections
// are drafts is the site's own rule (lib/markdown.ts): a heading that the published body drops.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkHeadingId } from 'remark-custom-heading-id';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyHeadings, draftHeadings } from './markdown';

function parse(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkHeadingId);
  return processor.runSync(processor.parse(markdown));
}

/** The text of each block of a body (a heading, a paragraph, a list), for searching a build for it. */
export function blockTexts(markdown: string): string[] {
  return parse(markdown)
    .children.map((node) => toString(node).trim())
    .filter(Boolean);
}

/** The text of every draft section (heading and body), for proving that no build carries it. */
export function draftSectionTexts(markdown: string): string[] {
  const published = new Set(bodyHeadings(markdown, { includeDrafts: false }).map((heading) => heading.id));
  const texts: string[] = [];
  let inDraft = false;
  for (const node of parse(markdown).children) {
    // `data.id` is `id` or `id .draft`, as remark-custom-heading-id leaves it.
    if (node.type === 'heading') inDraft = !published.has((node.data?.id ?? '').trim().split(/\s+/)[0] ?? '');
    if (inDraft) texts.push(toString(node).trim());
  }
  return texts.filter(Boolean);
}

/**
 * The text of one content file's drafts that no build may show: a draft project's page path and
 * every block of its body, a published body's draft sections. Titles and headings of drafts are
 * names the CV gives, which the site shows as names (other projects, a project's other topics).
 */
export function draftTextsOf(file: string, data: { draft?: unknown }, body: string): string[] {
  if (data.draft === true) return [`/projects/${file.split('/').at(-2) ?? ''}`, ...blockTexts(body)];
  const names = new Set(draftHeadings(body));
  return draftSectionTexts(body).filter((text) => !names.has(text));
}
