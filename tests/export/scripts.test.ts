import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { enhancementScript } from '@/lib/site';
import { attribute, elements, outFiles, parsedPage, readOut } from '../support/built-site';

// The built site is HTML and CSS, plus one small script of progressive enhancement: no page
// carries a framework's runtime, an inline script or an inline payload.
describe('scripts of the built site', () => {
  const pages = outFiles().filter((file) => file.endsWith('.html'));

  it('no exported page has a script but JSON-LD and the enhancement script', () => {
    assert.ok(pages.length > 0);
    for (const file of pages) {
      const tree = parsedPage(file);
      const unexpected = elements(tree, (element) => element.tagName === 'script').filter((script) => {
        const [type, src, defer] = [attribute(script, 'type'), attribute(script, 'src'), script.properties.defer === true];
        const jsonLd = type === 'application/ld+json' && src === undefined;
        const enhancement = type === undefined && src === enhancementScript && defer && script.children.length === 0;
        return !jsonLd && !enhancement;
      });
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
      file.endsWith('.txt') ? file !== 'robots.txt' : file.endsWith('.js') && `/${file}` !== enhancementScript,
    );
    assert.deepEqual(leftovers, []);
  });

  it('the enhancement script stays under 2 kB gzipped', () => {
    assert.ok(gzipSync(readOut(enhancementScript.slice(1))).length <= 2048);
  });
});
