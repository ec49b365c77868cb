import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

function isWellFormed(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const prefix = pathname.split('/')[1];
  const locale = hasLocale(routing.locales, prefix) ? prefix : undefined;

  // Next answers 500 when it cannot decode a dynamic segment (`/ja/projects/%E0%A4%A`). Such a
  // path names no page: serve the 404 of its locale instead, by rewriting it to a path that no
  // route matches and telling next-intl the locale, as its own middleware would.
  if (!isWellFormed(pathname)) {
    const headers = new Headers(request.headers);
    headers.set('X-NEXT-INTL-LOCALE', locale ?? routing.defaultLocale);
    return NextResponse.rewrite(new URL(`/${locale ?? '_'}/_not-found`, request.url), { request: { headers } });
  }
  // A path outside both locales (e.g. `/fr/projects`) is not redirected into one, where it would
  // pose as a page path: it is left to the 404 page.
  if (pathname !== '/' && !locale) return NextResponse.next();
  return handleI18nRouting(request);
}

export const config = {
  // Everything but Next.js assets and files with an extension.
  matcher: ['/((?!_next/|.*\\..*).*)'],
};
