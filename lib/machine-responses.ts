import type { Locale } from '@/i18n/routing';
import { markdownPage } from './markdown-pages';
import type { PagePath } from './site';

/**
 * The body of a generated file: written once by `next build` into out/, where the host's
 * extension table (.md, .vcf, .txt) names its type; the header here is for `next dev`.
 */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** A page's Markdown twin (lib/markdown-pages.ts); a page that does not exist is a 404. */
export function markdownResponse(locale: Locale, path: PagePath): Response {
  const body = markdownPage(locale, path);
  return body === undefined ? new Response(null, { status: 404 }) : textResponse(body, 'text/markdown');
}
