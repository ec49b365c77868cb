// What a draft is made of, as text to search a build for: the tests that prove no byte of a
// draft reaches the site (tests/export/drafts.test.ts, tests/markdown.test.ts). Which sections
// are drafts is the site's own rule (lib/markdown.ts): a heading that the published body drops.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkHeadingId } from 'remark-custom-heading-id';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyHeadings } from '@/lib/markdown';

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
