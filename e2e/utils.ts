import type { Page } from '@playwright/test';
import { messages } from '../lib/messages';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export { messages };
export const other = (locale: Locale): Locale => (locale === 'ja' ? 'en' : 'ja');

/** A published project that exists in both locales, with a section id shared by both. */
export const sampleProject = { slug: 'jp-us-trading-app', section: 'connection-management' };

/** Every same-site page reachable by links from a locale's home page, as paths (files such as
 * resume.pdf or resume.json are not pages). */
export async function crawl(page: Page, locale: Locale): Promise<string[]> {
  const seen = new Set<string>([`/${locale}`]);
  const queue = [`/${locale}`];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) =>
      links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
    );
    for (const href of hrefs) {
      const isFile = /\.[a-z]+$/.test(href);
      if (href.startsWith(`/${locale}`) && !isFile && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return [...seen].sort();
}

/** Collects console errors and uncaught exceptions for the life of the page. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** The public origin the build was made for: every absolute URL in the HTML starts with it. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;

/** An absolute site URL as a path on the server under test. */
export const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The scripts a modern browser loads for a page: every `<script src>` but the `nomodule` ones. */
export function moduleScriptSources(html: string): string[] {
  const tags = html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [];
  const sources = tags.filter((tag) => !/\bnomodule\b/i.test(tag)).map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? '');
  return [...new Set(sources)];
}
