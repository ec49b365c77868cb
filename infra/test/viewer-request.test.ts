import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALE_COOKIE, routing } from '../../i18n/routing.ts';
import { cloudfrontImport, standInKeyValueStore } from '../lib/viewer-function.ts';
import { liveReleaseId, loadHandler, outcome, viewerRequestEvent, type Outcome, type RequestOptions } from './support/viewer-request.ts';

// The app's locale routing, imported: the function's copy of it must agree.
const locales: readonly string[] = routing.locales;
const defaultLocale: string = routing.defaultLocale;
const cookieName: string = LOCALE_COOKIE.name;
const releasePrefix = `/releases/${liveReleaseId}`;

for (const strict of [false, true]) {
  const { handler } = loadHandler({ strict });
  const run = async (options: RequestOptions): Promise<Outcome> => outcome(await handler(viewerRequestEvent(options)));
  const redirectOf = async (options: RequestOptions) => {
    const result = await run(options);
    assert.equal(result.kind, 'response', `${options.uri} was not redirected`);
    return result;
  };
  const languageRedirect = async (acceptLanguage?: string, cookies?: RequestOptions['cookies']) => {
    const result = await redirectOf({ uri: '/', acceptLanguage, cookies });
    assert.equal(result.statusCode, 302);
    return result.location;
  };
  // The file a request is served from, relative to the live release's prefix.
  const rewritten = async (uri: string) => {
    const result = await run({ uri });
    assert.ok(result.kind === 'request', `${uri} was answered, not forwarded`);
    assert.ok(result.uri.startsWith(`${releasePrefix}/`), `${result.uri} is not in the live release`);
    return result.uri.slice(releasePrefix.length);
  };

  describe(`viewer-request function (${strict ? 'strict mode' : 'as a plain script'})`, () => {
    describe('/ redirects by language', () => {
      it('to the default locale without a cookie or Accept-Language', async () => {
        assert.equal(await languageRedirect(), `/${defaultLocale}`);
        assert.equal(await languageRedirect(''), `/${defaultLocale}`);
      });

      it('answers 302 Found that no cache keeps, since it depends on the visitor', async () => {
        const result = await redirectOf({ uri: '/', acceptLanguage: 'en' });
        assert.deepEqual(result, {
          kind: 'response',
          statusCode: 302,
          statusDescription: 'Found',
          location: '/en',
          cacheControl: 'no-store',
        });
      });

      it('follows the NEXT_LOCALE cookie first', async () => {
        assert.equal(await languageRedirect(undefined, { NEXT_LOCALE: { value: 'en' } }), '/en');
        assert.equal(await languageRedirect('en-US,en;q=0.9', { NEXT_LOCALE: { value: 'ja' } }), '/ja');
        assert.equal(await languageRedirect('ja', { NEXT_LOCALE: { value: 'en' } }), '/en');
      });

      it('ignores a cookie that names no locale and falls back to the header', async () => {
        assert.equal(await languageRedirect('en', { NEXT_LOCALE: { value: 'fr' } }), '/en');
        assert.equal(await languageRedirect(undefined, { NEXT_LOCALE: { value: '' } }), '/ja');
        assert.equal(await languageRedirect(undefined, { NEXT_LOCALE: { value: 'EN' } }), '/ja');
        assert.equal(await languageRedirect('en', { OTHER: { value: 'ja' } }), '/en');
      });

      it('maps region subtags to their language', async () => {
        assert.equal(await languageRedirect('en-US'), '/en');
        assert.equal(await languageRedirect('EN-gb'), '/en');
        assert.equal(await languageRedirect('ja-JP'), '/ja');
        assert.equal(await languageRedirect('zh-Hant-TW, en-GB;q=0.7'), '/en');
      });

      it('sends unsupported languages to the default', async () => {
        assert.equal(await languageRedirect('fr'), '/ja');
        assert.equal(await languageRedirect('fr-FR, de;q=0.8'), '/ja');
        assert.equal(await languageRedirect('english'), '/ja');
      });

      it('honours q-values over order, and order on equal q', async () => {
        assert.equal(await languageRedirect('fr-FR, en;q=0.5'), '/en');
        assert.equal(await languageRedirect('ja;q=0.5, en;q=0.8'), '/en');
        assert.equal(await languageRedirect('en;q=0.8, ja;q=0.8'), '/en');
        assert.equal(await languageRedirect('ja;q=0.8, en;q=0.8'), '/ja');
        assert.equal(await languageRedirect('ja, en'), '/ja');
        assert.equal(await languageRedirect('en;q=0.001, ja;q=0.0001'), '/en');
        assert.equal(await languageRedirect('en ; Q=0.9 , ja;q=0.3'), '/en');
      });

      it('treats q=0 and malformed ranges as not acceptable', async () => {
        assert.equal(await languageRedirect('en;q=0'), '/ja');
        assert.equal(await languageRedirect('en;q=0, ja;q=0.1'), '/ja');
        assert.equal(await languageRedirect('ja;q=0, en;q=0.1'), '/en');
        assert.equal(await languageRedirect('en;q=abc'), '/ja');
        assert.equal(await languageRedirect('en;q=1.5'), '/ja');
        assert.equal(await languageRedirect('en;q=-1'), '/ja');
        assert.equal(await languageRedirect('e n, <script>'), '/ja');
        assert.equal(await languageRedirect(';;;,,,;q='), '/ja');
      });

      it('reads * as the default locale', async () => {
        assert.equal(await languageRedirect('*'), '/ja');
        assert.equal(await languageRedirect('fr, *;q=0.5, en;q=0.1'), '/ja');
        assert.equal(await languageRedirect('en, *;q=0.5'), '/en');
      });

      it('stays cheap on a hostile header: only the first 20 ranges count', async () => {
        const header = `${Array.from({ length: 5000 }, (_, index) => `x${index % 100}`).join(',')}, en`;
        const started = process.hrtime.bigint();
        assert.equal(await languageRedirect(header), '/ja');
        assert.ok(process.hrtime.bigint() - started < 50_000_000n, 'took over 50 ms');
        assert.equal(await languageRedirect(`${Array.from({ length: 19 }, () => 'fr').join(',')}, en`), '/en');
        assert.equal(await languageRedirect(`${Array.from({ length: 20 }, () => 'fr').join(',')}, en`), '/ja');
      });

      it('keeps the query string, repeated keys and bare flags included', async () => {
        const result = await redirectOf({
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

      it('agrees with the app routing (i18n/routing.ts, imported)', async () => {
        const { globals } = loadHandler({ strict });
        const functionLocales: unknown = globals.LOCALES;
        // An array of the vm's realm: copied into this one to compare.
        assert.ok(Array.isArray(functionLocales));
        assert.deepEqual(Array.from(functionLocales), [...locales]);
        assert.equal(globals.DEFAULT_LOCALE, defaultLocale);
        assert.equal(globals.LOCALE_COOKIE, cookieName);
        for (const locale of locales) {
          assert.equal(await languageRedirect(undefined, { [cookieName]: { value: locale } }), `/${locale}`);
          assert.equal(await languageRedirect(`${locale}-XX`), `/${locale}`);
        }
        assert.equal(await languageRedirect(), `/${defaultLocale}`);
      });
    });

    describe('pages are the .html files of their paths', () => {
      it('appends .html to a last segment without a dot', async () => {
        assert.equal(await rewritten('/ja'), '/ja.html');
        assert.equal(await rewritten('/en'), '/en.html');
        assert.equal(await rewritten('/en/projects'), '/en/projects.html');
        assert.equal(await rewritten('/ja/resume'), '/ja/resume.html');
        assert.equal(await rewritten('/ja/projects/jp-us-trading-app'), '/ja/projects/jp-us-trading-app.html');
        assert.equal(await rewritten('/en/technologies'), '/en/technologies.html');
        assert.equal(await rewritten('/en/technologies/aws-cdk'), '/en/technologies/aws-cdk.html');
        assert.equal(await rewritten('/en/no/such/page'), '/en/no/such/page.html');
        assert.equal(await rewritten('/v1.2/notes'), '/v1.2/notes.html');
      });

      it('leaves files with an extension alone', async () => {
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
          assert.equal(await rewritten(uri), uri);
        }
      });

      it('makes no exception by name: the old extension-less image routes are pages now (and 404)', async () => {
        for (const uri of ['/apple-icon', '/ja/opengraph-image', '/ja/projects/jp-us-trading-app/opengraph-image', '/ja/card']) {
          assert.equal(await rewritten(uri), `${uri}.html`);
        }
      });

      it('keeps the query string of a forwarded request as it came', async () => {
        const querystring = { _rsc: { value: 'abc' } };
        const result = await run({ uri: '/ja/projects', querystring });
        assert.deepEqual(result, { kind: 'request', uri: `${releasePrefix}/ja/projects.html`, querystring });
      });
    });

    describe('trailing slashes', () => {
      const permanent = async (uri: string, querystring?: RequestOptions['querystring']) => {
        const result = await redirectOf({ uri, querystring });
        assert.equal(result.statusCode, 301);
        assert.equal(result.statusDescription, 'Moved Permanently');
        assert.equal(result.cacheControl, undefined);
        return result.location;
      };

      it('301 to the path without them', async () => {
        assert.equal(await permanent('/ja/projects/'), '/ja/projects');
        assert.equal(await permanent('/ja/'), '/ja');
        assert.equal(await permanent('/ja//'), '/ja');
        assert.equal(await permanent('/ja/resume.pdf/'), '/ja/resume.pdf');
      });

      it('keep the query string', async () => {
        assert.equal(await permanent('/en/projects/', { page: { value: '2' }, q: { value: 'a%26b' } }), '/en/projects?page=2&q=a%26b');
      });

      it('never turn into a redirect to another host', async () => {
        assert.equal(await permanent('//evil.example/'), '/evil.example');
        assert.equal(await permanent('///evil.example//'), '/evil.example');
        assert.equal(await permanent('/\\evil.example/'), '/evil.example');
        assert.equal(await permanent('//'), '/');
        assert.equal(await permanent('///'), '/');
      });
    });
  });
}

describe('the live release', () => {
  const serve = async (store: ReturnType<typeof standInKeyValueStore>, uri: string) =>
    outcome(await loadHandler({ strict: true, store }).handler(viewerRequestEvent({ uri })));

  it('prefixes every file, hashed assets and cards included, with the release the store names', async () => {
    const store = standInKeyValueStore({ live: liveReleaseId });
    for (const [uri, file] of [
      ['/ja', '/ja.html'],
      ['/_next/static/chunks/0123abcd.css', '/_next/static/chunks/0123abcd.css'],
      ['/ja/projects/demo/card.png', '/ja/projects/demo/card.png'],
      ['/404.html', '/404.html'],
    ] as const) {
      assert.deepEqual(await serve(store, uri), { kind: 'request', uri: `/releases/${liveReleaseId}${file}`, querystring: {} });
    }
    store.values.set('live', '20261202T090000Z-0a1b2c3');
    assert.deepEqual(await serve(store, '/ja'), { kind: 'request', uri: '/releases/20261202T090000Z-0a1b2c3/ja.html', querystring: {} });
  });

  it('reads the store on every request, not once per instance', async () => {
    const store = standInKeyValueStore({ live: liveReleaseId });
    const { handler } = loadHandler({ strict: true, store });
    const first = outcome(await handler(viewerRequestEvent({ uri: '/en' })));
    store.values.set('live', '20261202T090000Z-0a1b2c3');
    const second = outcome(await handler(viewerRequestEvent({ uri: '/en' })));
    assert.ok(first.kind === 'request' && second.kind === 'request');
    assert.notEqual(first.uri, second.uri);
  });

  it('answers 503, never cached, when no release is live or the value is not a release id', async () => {
    const stores: Record<string, string>[] = [{}, { live: '../../etc' }, { live: '' }, { live: `${liveReleaseId}/x` }];
    for (const entries of stores) {
      const result = await serve(standInKeyValueStore(entries), '/ja');
      assert.ok(result.kind === 'response', JSON.stringify(entries));
      assert.equal(result.statusCode, 503);
      assert.equal(result.cacheControl, 'no-store');
    }
  });

  it('still redirects / and trailing slashes without the store', async () => {
    const empty = standInKeyValueStore();
    const root = await serve(empty, '/');
    const slash = await serve(empty, '/ja/');
    assert.ok(root.kind === 'response' && slash.kind === 'response');
    assert.equal(root.statusCode, 302);
    assert.equal(slash.statusCode, 301);
  });
});

describe('the shipped function file', () => {
  it("is a cloudfront-js-2.0 script within the size limit, importing only the runtime's key value store module", () => {
    const { source } = loadHandler({ strict: true });
    assert.ok(Buffer.byteLength(source) < 10 * 1024, 'CloudFront Functions are at most 10 KB');
    assert.match(source, /^async function handler\(event\) \{$/m);
    const imports = source.split('\n').filter((line) => /^\s*(?:import|export)\b/.test(line));
    assert.deepEqual(imports, [cloudfrontImport]);
    // No other module system in the runtime; no for-of, optional chaining or ?? in its syntax list.
    for (const unsupported of [/\brequire\(/, /\bmodule\.exports\b/, /\bfor\s*\([^)]*\bof\b/, /\?\./, /\?\?/]) {
      assert.doesNotMatch(source, unsupported);
    }
  });
});
