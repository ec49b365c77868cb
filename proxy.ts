import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

/** Decodable, and free of control characters such as `%00` (which next-intl would strip). */
function isWellFormed(pathname: string) {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/**
 * Runs for `/` (the language redirect) and for paths that are not pages (see `config`), never
 * for a published page: those are prerendered, know their locale from the path, and a proxy in
 * front of them halves the requests a server can answer.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const prefix = pathname.split('/')[1];
  const locale = hasLocale(routing.locales, prefix) ? prefix : undefined;

  // Next answers 500 when it cannot decode a dynamic segment (`/ja/projects/%E0%A4%A`), and
  // next-intl quietly drops a `%00`. Such a path names no page: serve the 404 of its locale, by
  // rewriting it to a path that no route matches and telling next-intl the locale, as its own
  // middleware would.
  if (!isWellFormed(pathname)) {
    const headers = new Headers(request.headers);
    headers.set('X-NEXT-INTL-LOCALE', locale ?? routing.defaultLocale);
    return NextResponse.rewrite(new URL(`/${locale ?? '_'}/_not-found`, request.url), { request: { headers } });
  }
  // A path outside both locales (e.g. `/fr/projects`) is not redirected into one, where it would
  // pose as a page path: it is left to the 404 page.
  if (pathname !== '/' && !locale) return NextResponse.next();
  // `/` is redirected by language (the cookie, then Accept-Language); any other path here is a
  // 404, which next-intl tells the locale of its path.
  const response = handleI18nRouting(request);
  // The cookie records a choice made with the locale switch, which writes it in the browser, as
  // it must on a static host too; next-intl would also write it when a path's language differs
  // from the browser's, here only ever on a 404.
  response.headers.delete('set-cookie');
  return response;
}

export const config = {
  // Everything but Next's assets, files (a dot in the name), social cards, and the published
  // pages. Next reads this literal at build time, so the project slugs are spelled out here;
  // tests/proxy-matcher.test.ts fails when they and content/ disagree.
  matcher: [
    '/((?!_next/|.*\\..*|(?:.*/)?(?:opengraph-image|apple-icon)$|(?:ja|en)(?:/resume|/projects(?:/(?:jp-us-trading-app|sor-order-routing|other-work))?)?$).*)',
  ],
};
