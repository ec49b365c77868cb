import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routing, type Locale } from '@/i18n/routing';
import { attribute, elements, fileOf, first, pagesOf, parsedPage, pngSize, readOut } from '../support/built-site';

// What a crawler sees: the server HTML alone, no JavaScript.
const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;
const other = (locale: Locale) => routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
const ogType = (path: string) =>
  path.includes('/projects/') ? 'article' : /\/(projects|technologies)(\/|$)/.test(path) ? 'website' : 'profile';

describe('metadata of the built pages', () => {
  for (const locale of routing.locales) {
    it(`every page names its canonical URL, both languages and a card image (${locale})`, () => {
      for (const path of pagesOf(locale)) {
        const head = first(parsedPage(fileOf(path)), 'head');
        const canonical = `${siteOrigin}${path}`;
        const counterpart = `${siteOrigin}/${other(locale)}${path.slice(locale.length + 1)}`;
        const link = (rel: string, hrefLang?: string) =>
          elements(
            head,
            (element) => element.tagName === 'link' && attribute(element, 'rel') === rel && attribute(element, 'hrefLang') === hrefLang,
          ).map((element) => attribute(element, 'href'));
        const meta = (property: string) =>
          elements(
            head,
            (element) => element.tagName === 'meta' && (attribute(element, 'property') ?? attribute(element, 'name')) === property,
          ).map((element) => attribute(element, 'content') ?? '');

        assert.deepEqual(link('canonical'), [canonical], path);
        assert.deepEqual(link('alternate', locale), [canonical], path);
        assert.deepEqual(link('alternate', other(locale)), [counterpart], path);
        assert.deepEqual(link('alternate', 'x-default'), [locale === routing.defaultLocale ? canonical : counterpart], path);

        assert.deepEqual(meta('og:url'), [canonical], path);
        assert.deepEqual(meta('og:type'), [ogType(path)], path);
        assert.deepEqual(meta('og:locale'), [locale === 'ja' ? 'ja_JP' : 'en_US'], path);
        assert.deepEqual(meta('og:locale:alternate'), [locale === 'ja' ? 'en_US' : 'ja_JP'], path);
        for (const property of ['og:title', 'og:description', 'og:image:alt'])
          assert.match(meta(property).join(), /\S/, `${property} on ${path}`);
        assert.deepEqual(meta('twitter:card'), ['summary_large_image'], path);
        assert.deepEqual(meta('og:image:width'), ['1200'], path);
        assert.deepEqual(meta('og:image:height'), ['630'], path);

        // A .png name, so that any static host, not only ours, sends it as image/png.
        assert.deepEqual(meta('og:image'), [`${canonical}/card.png`], path);
        assert.deepEqual(pngSize(readOut(`${path.slice(1)}/card.png`)), { width: 1200, height: 630 }, path);
      }
    });
  }
});
