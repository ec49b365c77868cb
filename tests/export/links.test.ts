import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import { getProfile, getProject, getProjects } from '@/lib/content';
import { languageNote } from '@/lib/messages';
import { attribute, elements, fileOf, first, pagesOf, parsedPage, textOf } from '../support/built-site';

// The links of the built pages, as every visitor (and crawler) gets them: in the HTML itself.

const isFile = (path: string) => /\.[a-z]+$/.test(path);
const hrefs = (path: string) =>
  elements(parsedPage(fileOf(path)), (element) => element.tagName === 'a').flatMap((link) => attribute(link, 'href') ?? []);

describe('links of the built site', () => {
  for (const locale of routing.locales) {
    it(`reach every page of the content from the ${locale} home page, and no other (${locale})`, () => {
      const seen = new Set([`/${locale}`]);
      const queue = [`/${locale}`];
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        for (const href of hrefs(path)) {
          if (!href.startsWith('/')) continue;
          const target = new URL(href, 'http://site').pathname;
          if (target.startsWith(`/${locale}`) && !isFile(target) && !seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }
      assert.deepEqual([...seen].sort(), [...pagesOf(locale)].sort());
      assert.ok(pagesOf(locale).some((path) => path.startsWith(`/${locale}/projects/`)));
    });

    it(`never hand an external page the opener or the referrer (${locale})`, () => {
      let checked = 0;
      for (const path of pagesOf(locale)) {
        const external = elements(
          parsedPage(fileOf(path)),
          (element) => element.tagName === 'a' && /^https?:/.test(attribute(element, 'href') ?? ''),
        );
        for (const link of external) {
          const rel = (attribute(link, 'rel') ?? '').split(' ');
          assert.ok(
            rel.includes('noopener') && rel.includes('noreferrer'),
            `${path}: ${attribute(link, 'href')} has rel="${rel.join(' ')}"`,
          );
        }
        checked += external.length;
      }
      assert.ok(checked > 0);
    });

    it(`say so, to the eye and to the browser, where they lead to a page in another language (${locale})`, () => {
      // The pages the content declares to be in one language, other than this page's.
      const profile = getProfile(locale);
      const projects = getProjects(locale).map((project) => getProject(locale, project.slug));
      const links = [...projects.flatMap((project) => project?.links ?? []), profile.github, profile.credly];
      const foreign = new Map(links.flatMap((link) => (link.lang !== undefined && link.lang !== locale ? [[link.url, link.lang]] : [])));
      const seen = new Set<string>();
      for (const path of pagesOf(locale)) {
        const main = first(parsedPage(fileOf(path)), 'main');
        for (const link of elements(main, (element) => element.tagName === 'a')) {
          const url = attribute(link, 'href') ?? '';
          const language = foreign.get(url);
          if (language === undefined) continue;
          assert.equal(attribute(link, 'hrefLang'), language, `${path} ${url}`);
          assert.ok(textOf(link).includes(languageNote(locale, language).trim()), `${path} ${url}: "${textOf(link)}"`);
          seen.add(url);
        }
      }
      // Every such link the content has is on some page (a project's facts, the profile links).
      assert.deepEqual([...seen].sort(), [...foreign.keys()].sort());
    });
  }
});
