import type { Page } from '@playwright/test';
import { routing, type Locale } from '../i18n/routing';
import {
  getCertifications,
  getEducation,
  getExperience,
  getNamedProjects,
  getPagePaths,
  getProfile,
  getProject,
  getProjects,
} from '../lib/content';
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
    const section = project.headings.find((heading) => heading.depth === 3)?.id;
    if (section) return { slug: project.slug, section };
  }
  throw new Error('No published project has a ### section to link to');
})();

/**
 * Every page of a locale, as paths (`/en/projects/…`), from the getters: the one page list of a
 * run. That the site's links reach exactly these pages is checked once, on the built files
 * (tests/export/links.test.ts), so no spec walks the site to find them.
 */
export const pagesOf = (locale: Locale): string[] => getPagePaths().map((path) => `/${locale}${path}`);

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

// Read the same way by the tests of the built files.
export { pdfText, pngSize } from '../tests/support/built-site';
