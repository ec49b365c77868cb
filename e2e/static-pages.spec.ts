import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { listFiles } from '../lib/files';
import { enhancementScript } from '../lib/site';

// The built site is HTML and CSS, plus one small script of progressive enhancement: no page
// carries a framework's runtime, an inline script or an inline payload.
const pages = listFiles('out').filter((file) => file.endsWith('.html'));

test('no exported page has a script but JSON-LD and the enhancement script', () => {
  expect(pages.length).toBeGreaterThan(0);
  for (const file of pages) {
    const html = readFileSync(join('out', file), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    const unexpected = scripts.filter(
      (tag) => tag !== '<script type="application/ld+json">' && tag !== `<script src="${enhancementScript}" defer>`,
    );
    expect(unexpected, file).toEqual([]);
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
