import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import budget from './js-budget.json' with { type: 'json' };
import { crawl, locales, moduleScriptSources } from './utils';

const budgetBytes = budget.floorBytes + budget.allowanceBytes;

test('no page loads more gzipped JavaScript than the framework floor + 10 kB', async ({ page, request }) => {
  const paths = ['/', '/ja/no/such/page'];
  for (const locale of locales) paths.push(...(await crawl(page, locale)));
  const sizes = new Map<string, number>();
  for (const path of paths) {
    const html = await (await request.get(path, { maxRedirects: 0 })).text();
    let bytes = 0;
    for (const src of moduleScriptSources(html)) {
      if (!sizes.has(src)) sizes.set(src, gzipSync(await (await request.get(src)).body()).length);
      bytes += sizes.get(src) ?? 0;
    }
    expect(bytes, `${path}: ${bytes} bytes of gzipped JavaScript, budget ${budgetBytes}`).toBeLessThanOrEqual(budgetBytes);
    if (path !== '/') expect(bytes, `${path} loads no JavaScript at all?`).toBeGreaterThan(budget.floorBytes / 2);
  }
});
