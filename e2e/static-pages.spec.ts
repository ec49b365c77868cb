import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { routing } from '../i18n/routing';
import { listFiles } from '../lib/files';
import { inlineScriptHashes, scriptHash, siteScriptSource } from '../lib/http-headers.mjs';
import { enhancementScript } from '../lib/site';
import { speculationRulesSource } from '../lib/speculation-rules.mjs';

// The built site is HTML and CSS, plus one small script of progressive enhancement: no page
// carries a framework's runtime or an inline payload. The enhancement script and the Speculation
// Rules are inline, each the exact text whose hash the CSP allows.
const pages = listFiles('out').filter((file) => file.endsWith('.html'));

test('no exported page has a script but JSON-LD, the enhancement script and the Speculation Rules', () => {
  expect(pages.length).toBeGreaterThan(0);
  for (const file of pages) {
    const html = readFileSync(join('out', file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)].map(([, attributes = '', text = '']) => ({
      attributes,
      text,
    }));
    const unexpected = scripts.filter(
      ({ attributes, text }) =>
        attributes !== ' type="application/ld+json"' &&
        !((attributes === '' || attributes === ' type="speculationrules"') && inlineScriptHashes.includes(scriptHash(text))),
    );
    expect(unexpected, file).toEqual([]);
    // Every page of a locale carries both, once.
    if (routing.locales.some((locale) => file === `${locale}.html` || file.startsWith(`${locale}/`))) {
      expect(scripts.filter(({ text }) => text === siteScriptSource).length, file).toBe(1);
      expect(
        scripts.filter(({ attributes }) => attributes === ' type="speculationrules"').map(({ text }) => text),
        file,
      ).toEqual([speculationRulesSource]);
    }
    expect(html, file).not.toMatch(/rel="(?:modulepreload|preload)"[^>]*as="script"|__next_f|\sstyle="/);
  }
});

test('nothing else of the framework is left to download', () => {
  const leftovers = listFiles('out').filter((file) =>
    file.endsWith('.txt') ? file !== 'robots.txt' : file.endsWith('.js') && `/${file}` !== enhancementScript,
  );
  expect(leftovers).toEqual([]);
});

test('the enhancement script stays under 2 kB gzipped', async ({ request }) => {
  const response = await request.get(enhancementScript);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
  expect(gzipSync(await response.body()).length).toBeLessThanOrEqual(2048);
});
