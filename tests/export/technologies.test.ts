import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { routing } from '@/i18n/routing';
import { getProject, getProjects } from '@/lib/content';
import { messages } from '@/lib/messages';
import { attribute, elements, fileOf, first, outDir, parsedPage, textOf } from '../support/built-site';

// The technology pages as the built files link them: every link a reader follows between
// projects, skills and technologies leads to a page that says what the link promised. That each
// link is served on both hosts is e2e/every-page.spec.ts (every page answers) and
// tests/export/links.test.ts (every link is a page); nothing here needs a browser.

const pageOf = (path: string): Root => {
  assert.ok(existsSync(join(outDir, fileOf(path))), `${path} is not a page of out/`);
  return parsedPage(fileOf(path));
};

/** An element's text as read: without the hint only screen readers hear, trimmed. */
const textWithout = (element: Element, hint: string) => textOf(element).replace(hint.trim(), '').trim();

/** The element an accessible name names: by aria-label, or by aria-labelledby's heading. */
function named(tree: Root, tagNames: string[], name: string): Element {
  const ids = new Map(
    elements(tree, (element) => attribute(element, 'id') !== undefined).map((element) => [attribute(element, 'id'), element]),
  );
  const [found] = elements(tree, (element) => {
    if (!tagNames.includes(element.tagName)) return false;
    if (attribute(element, 'ariaLabel') === name) return true;
    const label = ids.get(attribute(element, 'ariaLabelledBy'));
    return label !== undefined && textOf(label).trim() === name;
  });
  assert.ok(found, `no <${tagNames.join('|')}> named “${name}”`);
  return found;
}

/** The smallest elements whose whole text is `text` (as getByText with exact: true finds them). */
const byText = (root: Element, matches: (text: string) => boolean) =>
  elements(
    root,
    (element) =>
      matches(textOf(element).trim()) && !element.children.some((child) => child.type === 'element' && matches(textOf(child).trim())),
  );

const links = (root: Element) => elements(root, (element) => element.tagName === 'a');

for (const locale of routing.locales) {
  const t = messages[locale];
  const hint = t.TechnologyLink.hint;
  const projects = getProjects(locale)
    .map((project) => getProject(locale, project.slug))
    .filter((project) => project !== undefined);

  describe(`technologies (${locale})`, () => {
    it('every technology chip of every project leads to a page listing that project', () => {
      let chips = 0;
      for (const project of projects) {
        // A project whose CV entry lists no technology has no chips to follow.
        if (project.stack.length === 0) continue;
        const tree = pageOf(`/${locale}/projects/${project.slug}`);
        const title = textOf(first(tree, 'h1')).trim();
        const facts = named(tree, ['section'], t.ProjectPage.facts);
        for (const chip of links(named({ type: 'root', children: [facts] }, ['ul'], t.ProjectFacts.stack))) {
          const href = attribute(chip, 'href') ?? '';
          assert.match(href, new RegExp(`^/${locale}/technologies/[a-z0-9]+(-[a-z0-9]+)*$`));
          const main = first(pageOf(href), 'main');
          assert.equal(elements(main, (element) => element.tagName === 'h1').length, 1, `${href} has one h1`);
          assert.ok(
            links(main).some((link) => textOf(link).trim() === title),
            `${href} does not link ${project.slug} (“${title}”)`,
          );
          chips++;
        }
      }
      assert.ok(chips > 0, 'no project has a technology chip');
    });

    it('the technologies page lists each technology with its project count, each leading to its page saying where the CV names it', () => {
      const items = elements(first(pageOf(`/${locale}/technologies`), 'main'), (element) => element.tagName === 'li');
      assert.ok(items.length > 0);
      const hedgedStart = t.TechnologyPage.fromStackHedged.split('{label}')[0] ?? '';
      for (const item of items) {
        const [link] = links(item);
        assert.ok(link, 'a technology without a link');
        const name = textWithout(link, hint);
        const href = attribute(link, 'href') ?? '';
        const counted = Number(/\d+/.exec(textOf(item))?.[0] ?? 0);
        const main = first(pageOf(href), 'main');
        assert.equal(textOf(first(main, 'h1')).trim(), name, href);
        // The count is of the projects the CV states as using it: each card says where the CV
        // names it, and a bracketed, hedged entry (`(Rust)`) is listed but not counted.
        const stated = byText(main, (text) => text === t.TechnologyPage.fromStack || text === t.TechnologyPage.fromText);
        assert.equal(stated.length, counted, `${href}: the cards stating ${name}`);
        const hedged = byText(main, (text) => text.startsWith(hedgedStart));
        assert.equal(elements(main, (element) => element.tagName === 'h3').length, counted + hedged.length, `${href}: the cards`);
      }
    });

    it('every skill on the home page leads to its technology page, rated as on the home page', () => {
      const tree = pageOf(`/${locale}`);
      const skills = elements(named(tree, ['section'], t.HomePage.skills), (element) => element.tagName === 'li');
      assert.ok(skills.length > 0);
      for (const skill of skills) {
        const [stars] = elements(skill, (element) => attribute(element, 'role') === 'img');
        const [link] = links(skill);
        const rating = stars && attribute(stars, 'ariaLabel');
        assert.ok(link && rating, 'a skill without its link or its rating');
        const href = attribute(link, 'href') ?? '';
        const main = first(pageOf(href), 'main');
        assert.ok(
          elements(main, (element) => attribute(element, 'role') === 'img' && attribute(element, 'ariaLabel') === rating).length > 0,
          `${href} does not rate ${textWithout(link, hint)} “${rating}”`,
        );
      }
    });

    // Each technology the CV hedges (`(Rust)`) or names only in a project's text: its page says so.
    const entries = projects
      .flatMap((project) => [...project.stack, ...project.mentions].map((technology) => ({ project, ...technology })))
      .filter((technology) => technology.hedged || technology.source === 'text');
    for (const entry of entries) {
      it(`${entry.project.title} is listed under ${entry.name} saying where the CV names it, “${entry.label}”`, () => {
        const notes = t.TechnologyPage;
        const note = entry.hedged ? notes.fromStackHedged.replace('{label}', entry.label) : notes.fromText;
        const main = first(pageOf(`/${locale}/technologies/${entry.slug}`), 'main');
        const cards = elements(
          main,
          (element) => element.tagName === 'li' && links(element).some((link) => textOf(link).trim() === entry.project.title),
        );
        assert.ok(cards.length > 0, `no card of ${entry.project.title}`);
        assert.ok(
          cards.some((card) => byText(card, (text) => text === note).length > 0),
          `the card of ${entry.project.title} does not say “${note}”`,
        );
      });
    }
  });
}
