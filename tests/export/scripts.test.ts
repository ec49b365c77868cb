import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import { inlineScriptHashes, scriptHash, siteScriptSource } from '@/lib/http-headers.mjs';
import { enhancementScript } from '@/lib/site';
import { speculationRulesSource } from '@/lib/speculation-rules.mjs';
import { attribute, elements, outFiles, parsedPage, readOut } from '../support/built-site';

// The built site is HTML and CSS, plus one small script of progressive enhancement and the
// Speculation Rules, both inline, each the exact text whose hash the CSP allows: no page carries a
// framework's runtime, any other inline script or an inline payload.
describe('scripts of the built site', () => {
  const pages = outFiles().filter((file) => file.endsWith('.html'));

  it('no exported page has a script but JSON-LD, the enhancement script and the Speculation Rules', () => {
    assert.ok(pages.length > 0);
    for (const file of pages) {
      const tree = parsedPage(file);
      const scripts = elements(tree, (element) => element.tagName === 'script');
      const textOf = (script: (typeof scripts)[number]) =>
        script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const unexpected = scripts.filter((script) => {
        const [type, src] = [attribute(script, 'type'), attribute(script, 'src')];
        const jsonLd = type === 'application/ld+json' && src === undefined;
        const hashed =
          (type === undefined || type === 'speculationrules') &&
          src === undefined &&
          inlineScriptHashes.includes(scriptHash(textOf(script)));
        return !jsonLd && !hashed;
      });
      // Every page of a locale carries both, once.
      if (routing.locales.some((locale) => file === `${locale}.html` || file.startsWith(`${locale}/`))) {
        assert.equal(scripts.filter((script) => textOf(script) === siteScriptSource).length, 1, file);
        assert.deepEqual(
          scripts.filter((script) => attribute(script, 'type') === 'speculationrules').map(textOf),
          [speculationRulesSource],
          file,
        );
      }
      assert.deepEqual(
        unexpected.map((script) => script.properties),
        [],
        file,
      );
      const preloads = elements(
        tree,
        (element) => element.tagName === 'link' && /preload/.test(attribute(element, 'rel') ?? '') && attribute(element, 'as') === 'script',
      );
      assert.deepEqual(
        preloads.map((link) => attribute(link, 'href')),
        [],
        file,
      );
      assert.deepEqual(
        elements(tree, (element) => element.properties.style !== undefined).map((element) => element.tagName),
        [],
        file,
      );
      assert.doesNotMatch(readOut(file).toString('utf8'), /__next_f/, file);
    }
  });

  it('nothing else of the framework is left to download', () => {
    const leftovers = outFiles().filter((file) =>
      file.endsWith('.txt') ? !['robots.txt', 'llms.txt'].includes(file) : file.endsWith('.js') && `/${file}` !== enhancementScript,
    );
    assert.deepEqual(leftovers, []);
  });

  it('the enhancement script stays under 2 kB gzipped', () => {
    assert.ok(gzipSync(readOut(enhancementScript.slice(1))).length <= 2048);
  });
});
