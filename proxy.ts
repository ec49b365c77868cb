import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

/** Decodable, and free of control characters such as `%00` (which next-intl would strip). */
function isWellFormed(pathname: string) {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

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
  return withSecureCookie(request, handleI18nRouting(request));
}

/** The locale cookie is `SameSite=Lax; Path=/` always, and `Secure` when the site is on HTTPS. */
function withSecureCookie(request: NextRequest, response: NextResponse) {
  const cookie = response.cookies.get(LOCALE_COOKIE.name);
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (cookie) response.cookies.set({ ...cookie, path: '/', sameSite: 'lax', secure: https });
  return response;
}

export const config = {
  // Everything but Next.js assets and files with an extension.
  matcher: ['/((?!_next/|.*\\..*).*)'],
};
