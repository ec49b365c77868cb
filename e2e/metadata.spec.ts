import { expect, test } from '@playwright/test';
import { crawl, locales, other, pathOf, pngSize, siteOrigin } from './utils';

// What a crawler sees: the server HTML alone, no JavaScript.
test.use({ javaScriptEnabled: false });

const ogType = (path: string) =>
  path.includes('/projects/') ? 'article' : /\/(projects|technologies)(\/|$)/.test(path) ? 'website' : 'profile';

for (const locale of locales) {
  test(`every page names its canonical URL, both languages and a card image (${locale})`, async ({ page, request }) => {
    for (const path of await crawl(page, locale)) {
      await page.goto(path);
      const head = page.locator('head');
      const canonical = `${siteOrigin}${path}`;
      const counterpart = `${siteOrigin}/${other(locale)}${path.slice(locale.length + 1)}`;
      await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute('href', canonical);
      await expect(head.locator(`link[rel="alternate"][hreflang="${locale}"]`), path).toHaveAttribute('href', canonical);
      await expect(head.locator(`link[rel="alternate"][hreflang="${other(locale)}"]`), path).toHaveAttribute('href', counterpart);
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]'), path).toHaveAttribute(
        'href',
        locale === 'ja' ? canonical : counterpart,
      );

      const meta = (property: string) => head.locator(`meta[property="${property}"], meta[name="${property}"]`);
      await expect(meta('og:url'), path).toHaveAttribute('content', canonical);
      await expect(meta('og:type'), path).toHaveAttribute('content', ogType(path));
      await expect(meta('og:locale'), path).toHaveAttribute('content', locale === 'ja' ? 'ja_JP' : 'en_US');
      await expect(meta('og:locale:alternate'), path).toHaveAttribute('content', locale === 'ja' ? 'en_US' : 'ja_JP');
      await expect(meta('og:title'), path).toHaveAttribute('content', /\S/);
      await expect(meta('og:description'), path).toHaveAttribute('content', /\S/);
      await expect(meta('twitter:card'), path).toHaveAttribute('content', 'summary_large_image');
      await expect(meta('og:image:width'), path).toHaveAttribute('content', '1200');
      await expect(meta('og:image:height'), path).toHaveAttribute('content', '630');
      await expect(meta('og:image:alt'), path).toHaveAttribute('content', /\S/);

      const image = await meta('og:image').getAttribute('content');
      // A .png name, so that any static host, not only ours, sends it as image/png.
      expect(image, path).toBe(`${canonical}/card.png`);
      const response = await request.get(pathOf(image ?? ''));
      expect(response.status(), image ?? '').toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });
}
