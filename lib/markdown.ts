import type { Element, ElementContent } from 'hast';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeShiftHeading from 'rehype-shift-heading';
import rehypeStringify from 'rehype-stringify';
import { remarkHeadingId } from 'remark-custom-heading-id';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Project bodies carry explicit heading ids — `## Title {#stable-id}` — because generated slugs
 * of Japanese titles would differ between locales, and the locale switch keeps the `#hash`.
 * `{#id .draft}` marks a section the CV leaves empty: kept (badged) where drafts are shown,
 * dropped everywhere else. remark-custom-heading-id reads the braces; the rules below are ours.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// remark-custom-heading-id leaves the braces' content in `data.id`; its package does not type it.
declare module 'mdast' {
  interface HeadingData {
    id?: string;
  }
}

export class MarkdownError extends Error {}

export type RenderOptions = {
  includeDrafts: boolean;
  /** Levels to push headings down by, where the body sits deeper in a page (the résumé). */
  headingOffset?: number;
  /** Prefix for ids, where several bodies share a page. */
  idPrefix?: string;
  /** Tooltip of the self-link each heading becomes, in the document's language. */
  anchorTitle?: string;
  /** The badge a kept draft section shows (its `data-draft`), in the document's language. */
  draftLabel?: string;
  /** The language of the page each listed URL leads to, where it differs from the document's. */
  linkLanguages?: ReadonlyMap<string, string>;
  /** The visible note after such a link, e.g. `language => ' (Japanese)'`. */
  languageNote?: (language: string) => string;
};

type HeadingInfo = { id: string; draft: boolean; text: string };

/** The id and markers remark-custom-heading-id left in `data.id` (`"some-id .draft"`). */
function parseHeading(heading: Heading): HeadingInfo {
  const text = toString(heading).trim();
  const [id = '', ...markers] = (heading.data?.id ?? '').trim().split(/\s+/);
  if (!ID.test(id)) throw new MarkdownError(`heading "${text}" has no stable id: end it with {#some-id}`);
  const unknown = markers.filter((marker: string) => marker !== '.draft');
  if (unknown.length > 0) throw new MarkdownError(`heading {#${id}} has an unknown marker ${unknown.join(', ')}`);
  return { id, draft: markers.length > 0, text };
}

const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/))/;

/**
 * Content is text, never markup: raw HTML (a `<script>`, an `onerror=`) and links to anything
 * but web pages, mail and anchors fail the build, naming what was found. (rehype-sanitize
 * below would drop them silently; an author should hear about it.)
 */
function checkSafety(node: Nodes) {
  if (node.type === 'html') {
    throw new MarkdownError(`raw HTML is not allowed in content: ${JSON.stringify(node.value.slice(0, 60))}`);
  }
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url)) {
    throw new MarkdownError(`link to ${JSON.stringify(node.url)} is not allowed: use https://, mailto: or a path`);
  }
  if ('children' in node) node.children.forEach(checkSafety);
}

/** Checks headings, sets their ids, and drops draft sections (to the next sibling heading) unless kept. */
function remarkContentRules(options: RenderOptions) {
  return (tree: Root) => {
    checkSafety(tree);
    const seen = new Set<string>();
    let droppingBelowDepth: number | null = null;
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'heading') return droppingBelowDepth === null;
      if (node.depth === 1) throw new MarkdownError('the page title is the h1: start body headings at ##');
      const { id, draft, text } = parseHeading(node);
      if (seen.has(id)) throw new MarkdownError(`heading id "${id}" is used twice`);
      seen.add(id);
      if (node.children.some((child) => child.type === 'link')) {
        throw new MarkdownError(`heading "${text}" contains a link: headings link to themselves, so move it to the text`);
      }
      if (droppingBelowDepth !== null && node.depth <= droppingBelowDepth) droppingBelowDepth = null;
      if (draft && !options.includeDrafts && droppingBelowDepth === null) droppingBelowDepth = node.depth;
      const prefixed = options.idPrefix ? `${options.idPrefix}-${id}` : id;
      node.data = {
        ...node.data,
        id: prefixed,
        hProperties: { id: prefixed, ...(draft ? { dataDraft: options.draftLabel ?? 'draft' } : {}) },
      };
      return droppingBelowDepth === null;
    });
  };
}

/** What survives sanitizing: the default (GitHub's) schema, plus our ids and draft marks unprefixed. */
const schema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    h2: ['id', 'dataDraft'],
    h3: ['id', 'dataDraft'],
    h4: ['id', 'dataDraft'],
    h5: ['id', 'dataDraft'],
    h6: ['id', 'dataDraft'],
  },
};

export function renderMarkdown(markdown: string, options: RenderOptions): string {
  const languageOf = (href: unknown) => (typeof href === 'string' ? options.linkLanguages?.get(href) : undefined);
  const note = (language: string): ElementContent => ({ type: 'text', value: options.languageNote?.(language) ?? '' });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkHeadingId)
      .use(remarkContentRules, options)
      .use(remarkRehype)
      .use(rehypeSanitize, schema)
      .use(rehypeShiftHeading, { shift: options.headingOffset ?? 0 })
      // The heading text links to its own section, so `#id` links can be copied from the page.
      .use(rehypeAutolinkHeadings, {
        behavior: 'wrap',
        properties: { className: ['heading-anchor'], ...(options.anchorTitle ? { title: options.anchorTitle } : {}) },
      })
      .use(rehypeExternalLinks, {
        rel: ['noopener', 'noreferrer'],
        properties: (link: Element) => {
          const language = languageOf(link.properties.href);
          return language ? { hrefLang: language } : undefined;
        },
        content: (link: Element) => {
          const language = languageOf(link.properties.href);
          return language && options.languageNote ? note(language) : undefined;
        },
      })
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

/** A heading of a body as the reader gets it: its id (the `#fragment` of its section), level and text. */
export type BodyHeading = { id: string; depth: number; text: string };

/**
 * The headings of a body, from its Markdown tree under the same rules as `renderMarkdown` (draft
 * sections dropped unless kept, ids checked): what validation, pages and tests know of its sections.
 */
export function bodyHeadings(markdown: string, options: Pick<RenderOptions, 'includeDrafts'>): BodyHeading[] {
  const processor = unified().use(remarkParse).use(remarkHeadingId).use(remarkContentRules, options);
  const tree = processor.runSync(processor.parse(markdown));
  return tree.children.flatMap((node) =>
    node.type === 'heading' ? [{ id: node.data?.id ?? '', depth: node.depth, text: toString(node).trim() }] : [],
  );
}

/**
 * The headings one level below the `## … {#sectionId}` heading, up to the next heading of its
 * level: a project's challenges, as the short résumé lists them. Draft headings only where kept.
 */
export function subheadings(markdown: string, sectionId: string, includeDrafts: boolean): string[] {
  const headings = bodyHeadings(markdown, { includeDrafts });
  const start = headings.findIndex((heading) => heading.id === sectionId);
  const section = headings[start];
  if (section === undefined) return [];
  const { depth } = section;
  const end = headings.findIndex((heading, index) => index > start && heading.depth <= depth);
  return headings
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((heading) => heading.depth === depth + 1)
    .map((heading) => heading.text);
}

/**
 * A body as Markdown for machines (the pages' Markdown twins): the same rules as the HTML (draft
 * sections dropped unless kept), heading ids and their braces gone, links as written.
 */
export function renderMarkdownSource(markdown: string, options: Pick<RenderOptions, 'includeDrafts'>): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkHeadingId)
      .use(remarkContentRules, options)
      .use(remarkStringify, { bullet: '-' })
      .processSync(markdown),
  );
}

const DEPTHS: readonly Heading['depth'][] = [1, 2, 3, 4, 5, 6];

/** Pushes headings down by `offset` levels and resolves every relative link against `base`. */
function place(tree: Root, { offset, base }: { offset: number; base: string }): Root {
  visit(tree, (node) => {
    if (node.type === 'heading') node.depth = DEPTHS[node.depth - 1 + offset] ?? 6;
    if ((node.type === 'link' || node.type === 'definition') && !URL.canParse(node.url)) node.url = new URL(node.url, base).toString();
  });
  return tree;
}

/** A body rendered by `renderMarkdownSource` as nodes to place in a document: headings shifted, links absolute. */
export function placeMarkdown(markdown: string, { headingOffset = 0, base }: { headingOffset?: number; base: string }): RootContent[] {
  return place(unified().use(remarkParse).parse(markdown), { offset: headingOffset, base }).children;
}

/** A document built as a Markdown tree, written out: escaping is remark's. */
export function stringifyMarkdown(children: RootContent[]): string {
  return unified().use(remarkStringify, { bullet: '-' }).stringify({ type: 'root', children });
}

/**
 * The headings of the draft sections (not of the sections inside them): names the CV gives
 * without a text, which a build shows as names while their text stays out.
 */
export function draftHeadings(markdown: string): string[] {
  const names: string[] = [];
  let draftDepth: number | null = null;
  const processor = unified().use(remarkParse).use(remarkHeadingId);
  for (const node of processor.runSync(processor.parse(markdown)).children) {
    if (node.type !== 'heading') continue;
    if (draftDepth !== null && node.depth <= draftDepth) draftDepth = null;
    if (draftDepth === null && parseHeading(node).draft) {
      draftDepth = node.depth;
      names.push(parseHeading(node).text);
    }
  }
  return names;
}
