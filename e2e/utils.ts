import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { routing, type Locale } from '../i18n/routing';
import { getCertifications, getEducation, getExperience, getNamedProjects, getProfile, getProject, getProjects } from '../lib/content';
import { messages } from '../lib/messages';

export const locales = routing.locales;
export type { Locale };
export { messages };
export const other = (locale: Locale): Locale => locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

/**
 * The content the build under test was made from, through the site's own getters (they read
 * `.contentlayer/generated`): never a slug, date or name written here.
 */
export const content = {
  projects: (locale: Locale) =>
    getProjects(locale)
      .map((project) => getProject(locale, project.slug))
      .filter((project) => project !== undefined),
  namedProjects: getNamedProjects,
  profile: getProfile,
  experience: getExperience,
  education: getEducation,
  certifications: getCertifications,
};

/** A `YYYY-MM` month as the site writes it in a locale (2023年3月, Mar 2023). */
export const monthIn = (locale: Locale, yearMonth: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'Asia/Tokyo' }).format(
    new Date(`${yearMonth}-15T00:00:00Z`),
  );

/** A date as the site writes it in full (2024年8月10日, August 10, 2024). */
export const dateIn = (locale: Locale, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(new Date(date));

/** A published project with a section below its top level, for deep links: the first such in the CV's order. */
export const sampleProject = (() => {
  for (const project of content.projects(routing.defaultLocale)) {
    const section = /<h3 id="([^"]+)"/.exec(project.html)?.[1];
    if (section) return { slug: project.slug, section };
  }
  throw new Error('No published project has a ### section to link to');
})();

/**
 * Every same-site page reachable by links from a locale's home page, as paths (files such as
 * the PDFs, JSON and cards are not pages).
 */
export async function crawl(page: Page, locale: Locale): Promise<string[]> {
  const seen = new Set<string>([`/${locale}`]);
  const queue = [`/${locale}`];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    await page.goto(path);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname));
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

/** Collects console errors, uncaught exceptions and failed requests for the life of the page. */
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

/** A PDF's text, its pages run together. */
export async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const text = await (await pdf.getPage(number)).getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}
