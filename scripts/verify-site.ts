// The checks of `npm run verify`: a served copy of the site looked at as a visitor and a crawler
// see it, over HTTP only (it needs nothing of the build but the content's drafts, to look for
// them). Every failure is collected, not just the first, and named by path.
import type { Element, Root } from 'hast';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { routing } from '../i18n/routing';
import { listContentFiles, readContentFile } from '../lib/content-source';
import { securityHeaders } from '../lib/http-headers.mjs';
import { draftTextsOf } from '../lib/draft-texts';
import { isLoopbackHost } from '../lib/public-origin.mjs';
import { RESUME_PAPERS, resumePath } from '../lib/resume-files';
import { pdfQrCode } from './pdf-qr-code';

export type VerifyOptions = {
  /** Where the copy is served, e.g. https://d123.cloudfront.net or http://127.0.0.1:4100. */
  url: string;
  /** The origin its pages must name; the URL's own by default. */
  origin?: string;
  /** Texts that must appear nowhere (the content's drafts, by default). */
  drafts?: readonly string[];
  /** Requests at once. */
  concurrency?: number;
};

export type VerifyResult = { failures: string[]; pages: number; pdfs: number };

/** Every draft text in the content that no page may show (lib/draft-texts.ts). */
export function draftTexts(contentDir = 'content'): string[] {
  return listContentFiles(contentDir).flatMap((file) => {
    const { data, body } = readContentFile(contentDir, file);
    return draftTextsOf(file, data, body);
  });
}

type Answer = { path: string; status: number; headers: Headers; body: Buffer; location?: string };

/**
 * Failures, grouped by problem, so that a header missing on every answer, or a whole build for
 * the wrong origin, is one line naming a few paths, not a hundred lines.
 */
class Findings {
  private readonly byProblem = new Map<string, { paths: Set<string>; example?: string }>();
  add(path: string, problem: string, example?: string) {
    const entry = this.byProblem.get(problem) ?? { paths: new Set<string>(), example };
    entry.paths.add(path);
    this.byProblem.set(problem, entry);
  }
  lines(): string[] {
    return [...this.byProblem].map(([problem, { paths, example }]) => {
      const list = [...paths];
      const shown = list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
      return `${shown}: ${problem}${example ? ` (e.g. ${example})` : ''}`;
    });
  }
}

function parseHtml(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null ? undefined : String(value);
}

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node) => {
    text += node.value;
  });
  return text;
}

/** What a crawler reads in a page's head (and the résumé's PDF links). */
function pageFacts(html: string) {
  const facts: Record<'canonical' | 'ogUrl' | 'alternates' | 'jsonLd' | 'pdfs', string[]> & { title: string } = {
    canonical: [],
    ogUrl: [],
    alternates: [],
    jsonLd: [],
    pdfs: [],
    title: '',
  };
  visit(parseHtml(html), 'element', (element) => {
    const rel = attribute(element, 'rel')?.split(' ') ?? [];
    if (element.tagName === 'link' && rel.includes('canonical')) facts.canonical.push(attribute(element, 'href') ?? '');
    if (element.tagName === 'link' && rel.includes('alternate') && attribute(element, 'hrefLang'))
      facts.alternates.push(attribute(element, 'href') ?? '');
    if (element.tagName === 'meta' && attribute(element, 'property') === 'og:url') facts.ogUrl.push(attribute(element, 'content') ?? '');
    if (element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json') facts.jsonLd.push(textOf(element));
    if (element.tagName === 'a' && attribute(element, 'href')?.endsWith('.pdf')) facts.pdfs.push(attribute(element, 'href') ?? '');
    if (element.tagName === 'title' && !facts.title) facts.title = textOf(element);
  });
  return facts;
}

/** Every string in parsed JSON, with the key it is under. */
function jsonStrings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => jsonStrings(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([name, item]) => jsonStrings(item, name));
  return [];
}

/** A PDF's text, and the addresses its links lead to. */
async function readPdf(data: Buffer): Promise<{ text: string; links: string[]; pages: number }> {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages: string[] = [];
  const links: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''));
    for (const annotation of await page.getAnnotations()) {
      const url: unknown = Reflect.get(Object(annotation), 'url');
      if (typeof url === 'string') links.push(url);
    }
  }
  return { text: pages.join('\n'), links, pages: pdf.numPages };
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

export async function verifySite(options: VerifyOptions): Promise<VerifyResult> {
  const base = new URL(options.url);
  const served = base.origin;
  const origin = new URL(options.origin ?? served).origin;
  const drafts = (options.drafts ?? draftTexts()).filter((text) => text.length >= 4);
  const concurrency = options.concurrency ?? 6;
  const findings = new Findings();

  const get = async (path: string, headers: Record<string, string> = {}, attempt = 1): Promise<Answer> => {
    try {
      const response = await fetch(new URL(path, served), { headers, redirect: 'manual' });
      const body = Buffer.from(await response.arrayBuffer());
      return { path, status: response.status, headers: response.headers, body, location: response.headers.get('location') ?? undefined };
    } catch (error) {
      // A kept-alive connection the server closed meanwhile (reading a PDF takes a while): once more.
      if (attempt < 3) return get(path, headers, attempt + 1);
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      return { path, status: 0, headers: new Headers(), body: Buffer.alloc(0), location: cause };
    }
  };
  const expect = (answer: Answer, status: number, type: RegExp): boolean => {
    if (answer.status === 0) {
      findings.add(answer.path, `no answer (${answer.location ?? 'connection failed'})`);
      return false;
    }
    if (answer.status !== status) findings.add(answer.path, `answers ${answer.status}, not ${status}`);
    const contentType = answer.headers.get('content-type') ?? '(none)';
    if (!type.test(contentType)) findings.add(answer.path, `Content-Type ${contentType} is not ${type.source}`);
    for (const { key, value } of securityHeaders) {
      const sent = answer.headers.get(key);
      if (sent === null) findings.add(answer.path, `security header ${key} is missing`);
      else if (sent !== value) findings.add(answer.path, `security header ${key} is "${sent}", not "${value}"`);
    }
    return answer.status === status;
  };
  const onOrigin = (path: string, what: string, url: string | undefined, expected?: string) => {
    if (url === undefined || url === '') {
      findings.add(path, `has no ${what}`);
      return;
    }
    const actual = URL.canParse(url) ? new URL(url).origin : url;
    if (actual !== origin) findings.add(path, `${what} on ${actual}, not on ${origin}`, url);
    else if (expected !== undefined && url !== expected) findings.add(path, `${what} is ${url}, not ${expected}`);
  };
  const searchedTexts: [string, string][] = [];

  // The sitemap: the list of pages a crawler is given, each on the origin.
  const sitemap = await get('/sitemap.xml');
  if (!expect(sitemap, 200, /^(application|text)\/xml\b/)) {
    return { failures: [...findings.lines(), 'no sitemap: nothing else could be checked'], pages: 0, pdfs: 0 };
  }
  const sitemapText = sitemap.body.toString('utf8');
  const locs = [...sitemapText.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]?.trim() ?? '');
  for (const [, href] of sitemapText.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)) onOrigin('/sitemap.xml', 'alternate', href);
  if (locs.length === 0) findings.add('/sitemap.xml', 'lists no page');
  for (const loc of locs) onOrigin('/sitemap.xml', 'entry', loc);
  // Checked wherever they point: a build for another origin still has pages to look at.
  const pagePaths = [...new Set(locs.filter((loc) => URL.canParse(loc)).map((loc) => new URL(loc).pathname))];

  const robots = await get('/robots.txt');
  if (expect(robots, 200, /^text\/plain\b/)) {
    onOrigin('/robots.txt', 'Sitemap line', /^Sitemap:\s*(\S+)/im.exec(robots.body.toString('utf8'))?.[1], `${origin}/sitemap.xml`);
  }

  // Every page: 200, HTML, headers, and each absolute URL a crawler reads on the origin.
  const pdfLinks = new Map<string, string[]>();
  const pages = await inBatches(pagePaths, concurrency, (path) => get(path));
  for (const page of pages) {
    if (!expect(page, 200, /^text\/html\b/)) continue;
    const html = page.body.toString('utf8');
    searchedTexts.push([page.path, html]);
    const facts = pageFacts(html);
    const canonical = `${origin}${page.path}`;
    onOrigin(page.path, 'canonical', facts.canonical[0], canonical);
    onOrigin(page.path, 'og:url', facts.ogUrl[0], canonical);
    if (facts.alternates.length === 0) findings.add(page.path, 'has no hreflang alternates');
    for (const href of facts.alternates) onOrigin(page.path, 'hreflang alternate', href);
    for (const text of facts.jsonLd) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        findings.add(page.path, 'has JSON-LD that is not JSON');
        continue;
      }
      const top: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'url') : undefined;
      onOrigin(page.path, 'JSON-LD url', typeof top === 'string' ? top : undefined, canonical);
      for (const [key, value] of jsonStrings(data)) {
        if (key === '@id') onOrigin(page.path, 'JSON-LD @id', value);
        else if (/^https?:\/\//.test(value)) {
          const host = new URL(value).hostname;
          const elsewhere = (isLoopbackHost(host) || new URL(value).origin === served) && new URL(value).origin !== origin;
          if (elsewhere) findings.add(page.path, `JSON-LD ${key} on ${new URL(value).origin}, not on ${origin}`, value);
        }
      }
    }
    const locale = routing.locales.find((candidate) => page.path === resumePath(candidate));
    if (locale) pdfLinks.set(locale, facts.pdfs);
  }

  // `/`: a language by cookie first, then Accept-Language, else the default.
  const [first, second] = routing.locales;
  const redirects: [string, Record<string, string>, string][] = [];
  for (const locale of routing.locales) redirects.push([`Accept-Language: ${locale}`, { 'accept-language': `${locale};q=1` }, locale]);
  redirects.push([
    `cookie NEXT_LOCALE=${second} over Accept-Language: ${first}`,
    { cookie: `NEXT_LOCALE=${second}`, 'accept-language': first },
    second,
  ]);
  for (const [what, headers, locale] of redirects) {
    const answer = await get('/', headers);
    const target = answer.location ? new URL(answer.location, served).pathname : undefined;
    if (answer.status < 300 || answer.status > 399 || target !== `/${locale}`) {
      findings.add('/', `with ${what} answers ${answer.status}${target ? ` → ${target}` : ''}, not a redirect to /${locale}`);
    }
  }

  // An unknown path: 404, with the site's own 404 page.
  const unknown = await get(`/no-such-page-${Date.now().toString(36)}`);
  const notFoundPage = await get('/404.html');
  if (expect(unknown, 404, /^text\/html\b/)) {
    const title = pageFacts(unknown.body.toString('utf8')).title;
    const expected = notFoundPage.status === 200 ? pageFacts(notFoundPage.body.toString('utf8')).title : undefined;
    if (!title || (expected !== undefined && title !== expected))
      findings.add(unknown.path, `answers 404 without the site's 404 page (title "${title}")`);
  }

  // The résumé's PDFs: every paper a release prints is linked, there, and leads back online.
  let pdfCount = 0;
  for (const locale of routing.locales) {
    const resume = resumePath(locale);
    const links = pdfLinks.get(locale);
    if (links === undefined) {
      findings.add(resume, 'is not in the sitemap or did not answer: its PDFs were not checked');
      continue;
    }
    for (const paper of RESUME_PAPERS[locale]) {
      if (!links.some((href) => href.endsWith(`-${paper}.pdf`)))
        findings.add(resume, `links no ${paper} PDF (a build without Chromium drops them)`);
    }
    for (const href of links) {
      const path = new URL(href, `${origin}${resume}`).pathname;
      const pdf = await get(path);
      if (!expect(pdf, 200, /^application\/pdf\b/)) continue;
      pdfCount++;
      const expectedQr = `${origin}${resume}`;
      const { text, links: pdfHrefs, pages } = await readPdf(pdf.body);
      try {
        const qr = pdfQrCode(pdf.body, pages);
        if (qr !== expectedQr) findings.add(path, `QR code ${qr === undefined ? 'not found' : `leads to ${qr}`}, not ${expectedQr}`);
      } catch (error) {
        findings.add(
          path,
          `QR code unreadable (${error instanceof Error ? error.message.split('\n')[0] : String(error)}; is pdftoppm installed?)`,
        );
      }
      searchedTexts.push([path, text]);
      // A PDF's links are absolute: the site's own must lead to the origin, not to where it was printed.
      for (const href of pdfHrefs) {
        if (!URL.canParse(href)) continue;
        const { hostname, origin: linkOrigin } = new URL(href);
        if (linkOrigin !== origin && (isLoopbackHost(hostname) || linkOrigin === served)) {
          findings.add(path, `link on ${linkOrigin}, not on ${origin}`, href);
        }
      }
    }
    const json = await get(`/${locale}/resume.json`);
    if (expect(json, 200, /^application\/json\b/)) searchedTexts.push([json.path, json.body.toString('utf8')]);
  }

  // No text of a draft anywhere a visitor can read.
  for (const text of drafts) {
    for (const [path, body] of searchedTexts) if (body.includes(text)) findings.add(path, `shows draft text "${text.slice(0, 60)}"`);
  }

  return { failures: findings.lines(), pages: pages.length, pdfs: pdfCount };
}
