import { expect, test } from '@playwright/test';
import { locales, pagesOf, pngSize } from './utils';

// The head every page carries (canonical URL, languages, Open Graph) is read from the built
// files (tests/export/metadata.test.ts), card image name included; here, that a server sends
// each card as the PNG the head names.
for (const locale of locales) {
  test(`every page's card image is served as a 1200×630 PNG (${locale})`, async ({ request }) => {
    for (const path of pagesOf(locale)) {
      const response = await request.get(`${path}/card.png`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
      expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
    }
  });
}
