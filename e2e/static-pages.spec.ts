import { expect, test } from '@playwright/test';
import { enhancementScript } from '../lib/site';

// What the pages of out/ may carry (only JSON-LD and this script) and its size are checked on
// the files themselves (tests/export/scripts.test.ts); here, that every host serves it as a script.
test('the enhancement script is served as JavaScript', async ({ request }) => {
  const response = await request.get(enhancementScript);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
});
