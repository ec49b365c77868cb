import type { Heading, Nodes, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Project bodies carry explicit heading ids — `## Title {#stable-id}` — because generated slugs
 * of Japanese titles would differ between locales, and the locale switch keeps the `#hash`.
 * `{#id .draft}` marks a section the CV leaves empty: kept (badged) in development, dropped
 * from production output.
 */
const HEADING_ATTRIBUTES = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?:\s+\.[a-z]+)*)\s*\}\s*$/;

export class MarkdownError extends Error {}

type RenderOptions = {
  includeDrafts: boolean;
  /** Levels to push headings down by, where the body sits deeper in a page (the résumé). */
  headingOffset?: number;
  /** Prefix for ids, where several bodies share a page. */
  idPrefix?: string;
  /** Tooltip of the self-link each heading becomes, in the document's language. */
  anchorTitle?: string;
};

function parseHeading(heading: Heading): { id: string; draft: boolean } {
  const last = heading.children.at(-1);
  const match = last?.type === 'text' ? HEADING_ATTRIBUTES.exec(last.value) : null;
  if (!last || last.type !== 'text' || !match) {
    const text = heading.children.map((child) => ('value' in child ? child.value : '')).join('');
    throw new MarkdownError(`heading "${text.trim()}" has no stable id: end it with {#some-id}`);
  }
  const classes = match[2]?.split(/\s+\.?/).filter(Boolean) ?? [];
  const unknown = classes.filter((name) => name !== 'draft');
  if (unknown.length > 0) {
    throw new MarkdownError(`heading {#${match[1]}} has an unknown marker .${unknown.join(', .')}`);
  }
  last.value = last.value.slice(0, match.index);
  return { id: match[1] ?? '', draft: classes.includes('draft') };
}

const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/))/;

/**
 * Content is text, never markup: raw HTML (a `<script>`, an `onerror=`) and links to anything
 * but web pages, mail and anchors fail the build; external links get `rel="noopener noreferrer"`.
 */
function contentSafety() {
  const check = (node: Nodes) => {
    if (node.type === 'html') {
      throw new MarkdownError(`raw HTML is not allowed in content: ${JSON.stringify(node.value.slice(0, 60))}`);
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url)) {
      throw new MarkdownError(`link to ${JSON.stringify(node.url)} is not allowed: use https://, mailto: or a path`);
    }
    if (node.type === 'link' && /^https?:/.test(node.url)) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ['noopener', 'noreferrer'] } };
    }
    if ('children' in node) node.children.forEach(check);
  };
  return check;
}

/** Heading ids and draft markers; drops draft sections unless asked to keep them. */
function headingAttributes(options: RenderOptions) {
  return (tree: Root) => {
    const seen = new Set<string>();
    const kept: RootContent[] = [];
    let droppingBelowDepth: number | null = null;
    for (const node of tree.children) {
      if (node.type === 'heading') {
        if (node.depth === 1) throw new MarkdownError('the page title is the h1: start body headings at ##');
        if (droppingBelowDepth !== null && node.depth <= droppingBelowDepth) droppingBelowDepth = null;
        const { id, draft } = parseHeading(node);
        if (seen.has(id)) throw new MarkdownError(`heading id "${id}" is used twice`);
        seen.add(id);
        if (draft && !options.includeDrafts && droppingBelowDepth === null) droppingBelowDepth = node.depth;
        const depth = Math.min(node.depth + (options.headingOffset ?? 0), 6);
        if (depth === 2 || depth === 3 || depth === 4 || depth === 5 || depth === 6) node.depth = depth;
        const prefixed = options.idPrefix ? `${options.idPrefix}-${id}` : id;
        node.data = { hProperties: { id: prefixed, ...(draft ? { 'data-draft': '' } : {}) } };
        if (node.children.some((child) => child.type === 'link')) {
          throw new MarkdownError(`heading {#${id}} contains a link: headings link to themselves, so move it to the text`);
        }
        // The heading text links to its own section, so `#id` links can be copied from the page.
        node.children = [
          {
            type: 'link',
            url: `#${prefixed}`,
            title: options.anchorTitle ?? null,
            children: node.children,
            data: { hProperties: { className: ['heading-anchor'] } },
          },
        ];
      }
      if (droppingBelowDepth === null) kept.push(node);
    }
    tree.children = kept;
  };
}

export function renderMarkdown(markdown: string, options: RenderOptions): string {
  return String(
    unified()
      .use(remarkParse)
      .use(contentSafety)
      .use(headingAttributes, options)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

/** The ids of the headings in rendered HTML, in document order. */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((match) => match[1] ?? '');
}
