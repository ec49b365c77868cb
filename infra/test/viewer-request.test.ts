import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  loadHandler,
  outcome,
  viewerRequestEvent,
  viewerRequestSource,
  type Outcome,
  type RequestOptions,
} from './support/viewer-request.ts';

// The app's locale routing, read from its source: next-intl is the app's dependency, not infra's.
const routingSource = readFileSync(new URL('../../i18n/routing.ts', import.meta.url), 'utf8');
function routingValue(pattern: RegExp): string {
  const match = pattern.exec(routingSource);
  assert.ok(match?.[1] !== undefined, `i18n/routing.ts no longer matches ${pattern}`);
  return match[1];
}
const locales = [...routingValue(/locales:\s*\[([^\]]*)\]/).matchAll(/'([^']+)'/g)].map((match) => match[1]);
const defaultLocale = routingValue(/defaultLocale:\s*'([^']+)'/);
const cookieName = routingValue(/LOCALE_COOKIE\s*=\s*\{\s*name:\s*'([^']+)'/);

for (const strict of [false, true]) {
  const handler = loadHandler({ strict });
  const run = (options: RequestOptions): Outcome => outcome(handler(viewerRequestEvent(options)));
  const redirectOf = (options: RequestOptions) => {
    const result = run(options);
    assert.equal(result.kind, 'response', `${options.uri} was not redirected`);
    return result;
  };
  const languageRedirect = (acceptLanguage?: string, cookies?: RequestOptions['cookies']) => {
    const result = redirectOf({ uri: '/', acceptLanguage, cookies });
    assert.equal(result.statusCode, 302);
    return result.location;
  };
  const rewritten = (uri: string) => {
    const result = run({ uri });
    assert.ok(result.kind === 'request', `${uri} was answered, not forwarded`);
    return result.uri;
  };

  describe(`viewer-request function (${strict ? 'strict mode' : 'as a plain script'})`, () => {
    describe('/ redirects by language', () => {
      it('to the default locale without a cookie or Accept-Language', () => {
        assert.equal(languageRedirect(), `/${defaultLocale}`);
        assert.equal(languageRedirect(''), `/${defaultLocale}`);
      });

      it('answers 302 Found that no cache keeps, since it depends on the visitor', () => {
        const result = redirectOf({ uri: '/', acceptLanguage: 'en' });
        assert.deepEqual(result, {
          kind: 'response',
          statusCode: 302,
          statusDescription: 'Found',
          location: '/en',
          cacheControl: 'no-store',
        });
      });

      it('follows the NEXT_LOCALE cookie first', () => {
        assert.equal(languageRedirect(undefined, { NEXT_LOCALE: { value: 'en' } }), '/en');
        assert.equal(languageRedirect('en-US,en;q=0.9', { NEXT_LOCALE: { value: 'ja' } }), '/ja');
        assert.equal(languageRedirect('ja', { NEXT_LOCALE: { value: 'en' } }), '/en');
      });

      it('ignores a cookie that names no locale and falls back to the header', () => {
        assert.equal(languageRedirect('en', { NEXT_LOCALE: { value: 'fr' } }), '/en');
        assert.equal(languageRedirect(undefined, { NEXT_LOCALE: { value: '' } }), '/ja');
        assert.equal(languageRedirect(undefined, { NEXT_LOCALE: { value: 'EN' } }), '/ja');
        assert.equal(languageRedirect('en', { OTHER: { value: 'ja' } }), '/en');
      });

      it('maps region subtags to their language', () => {
        assert.equal(languageRedirect('en-US'), '/en');
        assert.equal(languageRedirect('EN-gb'), '/en');
        assert.equal(languageRedirect('ja-JP'), '/ja');
        assert.equal(languageRedirect('zh-Hant-TW, en-GB;q=0.7'), '/en');
      });

      it('sends unsupported languages to the default', () => {
        assert.equal(languageRedirect('fr'), '/ja');
        assert.equal(languageRedirect('fr-FR, de;q=0.8'), '/ja');
        assert.equal(languageRedirect('english'), '/ja');
      });

      it('honours q-values over order, and order on equal q', () => {
        assert.equal(languageRedirect('fr-FR, en;q=0.5'), '/en');
        assert.equal(languageRedirect('ja;q=0.5, en;q=0.8'), '/en');
        assert.equal(languageRedirect('en;q=0.8, ja;q=0.8'), '/en');
        assert.equal(languageRedirect('ja;q=0.8, en;q=0.8'), '/ja');
        assert.equal(languageRedirect('ja, en'), '/ja');
        assert.equal(languageRedirect('en;q=0.001, ja;q=0.0001'), '/en');
        assert.equal(languageRedirect('en ; Q=0.9 , ja;q=0.3'), '/en');
      });

      it('treats q=0 and malformed ranges as not acceptable', () => {
        assert.equal(languageRedirect('en;q=0'), '/ja');
        assert.equal(languageRedirect('en;q=0, ja;q=0.1'), '/ja');
        assert.equal(languageRedirect('ja;q=0, en;q=0.1'), '/en');
        assert.equal(languageRedirect('en;q=abc'), '/ja');
        assert.equal(languageRedirect('en;q=1.5'), '/ja');
        assert.equal(languageRedirect('en;q=-1'), '/ja');
        assert.equal(languageRedirect('e n, <script>'), '/ja');
        assert.equal(languageRedirect(';;;,,,;q='), '/ja');
      });

      it('reads * as the default locale', () => {
        assert.equal(languageRedirect('*'), '/ja');
        assert.equal(languageRedirect('fr, *;q=0.5, en;q=0.1'), '/ja');
        assert.equal(languageRedirect('en, *;q=0.5'), '/en');
      });

      it('stays cheap on a hostile header: only the first 20 ranges count', () => {
        const header = `${Array.from({ length: 5000 }, (_, index) => `x${index % 100}`).join(',')}, en`;
        const started = process.hrtime.bigint();
        assert.equal(languageRedirect(header), '/ja');
        assert.ok(process.hrtime.bigint() - started < 50_000_000n, 'took over 50 ms');
        assert.equal(languageRedirect(`${Array.from({ length: 19 }, () => 'fr').join(',')}, en`), '/en');
        assert.equal(languageRedirect(`${Array.from({ length: 20 }, () => 'fr').join(',')}, en`), '/ja');
      });

      it('keeps the query string, repeated keys and bare flags included', () => {
        const result = redirectOf({
          uri: '/',
          acceptLanguage: 'en',
          querystring: {
            utm_source: { value: 'linkedin' },
            tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b%20c' }] },
            debug: { value: '' },
          },
        });
        assert.equal(result.location, '/en?utm_source=linkedin&tag=a&tag=b%20c&debug');
      });

      it('agrees with the app routing (i18n/routing.ts)', () => {
        assert.deepEqual(locales, ['ja', 'en']);
        for (const locale of locales) {
          assert.equal(languageRedirect(undefined, { [cookieName]: { value: locale } }), `/${locale}`);
          assert.equal(languageRedirect(`${locale}-XX`), `/${locale}`);
        }
        assert.equal(languageRedirect(), `/${defaultLocale}`);
      });
    });

    describe('pages are the .html files of their paths', () => {
      it('appends .html to a last segment without a dot', () => {
        assert.equal(rewritten('/ja'), '/ja.html');
        assert.equal(rewritten('/en'), '/en.html');
        assert.equal(rewritten('/en/projects'), '/en/projects.html');
        assert.equal(rewritten('/ja/resume'), '/ja/resume.html');
        assert.equal(rewritten('/ja/projects/jp-us-trading-app'), '/ja/projects/jp-us-trading-app.html');
        assert.equal(rewritten('/en/technologies'), '/en/technologies.html');
        assert.equal(rewritten('/en/technologies/aws-cdk'), '/en/technologies/aws-cdk.html');
        assert.equal(rewritten('/en/no/such/page'), '/en/no/such/page.html');
        assert.equal(rewritten('/v1.2/notes'), '/v1.2/notes.html');
      });

      it('leaves files with an extension alone', () => {
        for (const uri of [
          '/404.html',
          '/ja/card.png',
          '/ja/projects/jp-us-trading-app/card.png',
          '/en/technologies/aws-cdk/card.png',
          '/touch-icon.png',
          '/site.js',
          '/ja/resume-a4.pdf',
          '/en/resume.json',
          '/sitemap.xml',
          '/robots.txt',
          '/manifest.webmanifest',
          '/favicon.ico',
          '/icon.svg',
          '/_next/static/chunks/0u6k41ngfnnwl.css',
          '/_next/static/media/icon.1d1lou8ix9d_b.svg',
        ]) {
          assert.equal(rewritten(uri), uri);
        }
      });

      it('makes no exception by name: the old extension-less image routes are pages now (and 404)', () => {
        for (const uri of ['/apple-icon', '/ja/opengraph-image', '/ja/projects/jp-us-trading-app/opengraph-image', '/ja/card']) {
          assert.equal(rewritten(uri), `${uri}.html`);
        }
      });

      it('keeps the query string of a forwarded request as it came', () => {
        const querystring = { _rsc: { value: 'abc' } };
        const result = run({ uri: '/ja/projects', querystring });
        assert.deepEqual(result, { kind: 'request', uri: '/ja/projects.html', querystring });
      });
    });

    describe('trailing slashes', () => {
      const permanent = (uri: string, querystring?: RequestOptions['querystring']) => {
        const result = redirectOf({ uri, querystring });
        assert.equal(result.statusCode, 301);
        assert.equal(result.statusDescription, 'Moved Permanently');
        assert.equal(result.cacheControl, undefined);
        return result.location;
      };

      it('301 to the path without them', () => {
        assert.equal(permanent('/ja/projects/'), '/ja/projects');
        assert.equal(permanent('/ja/'), '/ja');
        assert.equal(permanent('/ja//'), '/ja');
        assert.equal(permanent('/ja/resume.pdf/'), '/ja/resume.pdf');
      });

      it('keep the query string', () => {
        assert.equal(permanent('/en/projects/', { page: { value: '2' }, q: { value: 'a%26b' } }), '/en/projects?page=2&q=a%26b');
      });

      it('never turn into a redirect to another host', () => {
        assert.equal(permanent('//evil.example/'), '/evil.example');
        assert.equal(permanent('///evil.example//'), '/evil.example');
        assert.equal(permanent('/\\evil.example/'), '/evil.example');
        assert.equal(permanent('//'), '/');
        assert.equal(permanent('///'), '/');
      });
    });
  });
}

describe('the shipped function file', () => {
  it('is a plain cloudfront-js-2.0 script within the size limit', () => {
    assert.ok(Buffer.byteLength(viewerRequestSource) < 10 * 1024, 'CloudFront Functions are at most 10 KB');
    assert.match(viewerRequestSource, /^function handler\(event\) \{$/m);
    // No module system in the runtime; no for-of, optional chaining or ?? in its syntax list.
    for (const unsupported of [/^\s*(?:export|import)\b/m, /\brequire\(/, /\bmodule\.exports\b/, /\bfor\s*\([^)]*\bof\b/, /\?\./, /\?\?/]) {
      assert.doesNotMatch(viewerRequestSource, unsupported);
    }
  });
});
