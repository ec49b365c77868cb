import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { routing } from '@/i18n/routing';
import { getPagePaths, getProfile, getProjects } from '@/lib/content';
import { llmsTxt, markdownPage, markdownPath } from '@/lib/markdown-pages';
import { absoluteUrl } from '@/lib/site';
import { toVCard } from '@/lib/vcard';

// On the fixture content: the vCard as a parser reads it, and the Markdown twins and /llms.txt
// derived from the getters (a project in the content is a twin and a line, with no other change).

describe('the vCard', () => {
  for (const locale of routing.locales) {
    it(`(${locale}) has the name split by the profile's familyName, and the reading as phones store it`, () => {
      const profile = getProfile(locale);
      const card = ICAL.Component.fromString(toVCard(locale));
      assert.equal(card.getFirstPropertyValue('fn'), profile.name);
      const parts: unknown = card.getFirstProperty('n')?.getFirstValue();
      assert.ok(Array.isArray(parts));
      assert.equal(parts[0], profile.familyName);
      const [family, given] = parts.map(String);
      const compact = profile.name.replace(/\s/g, '');
      assert.ok([`${family}${given}`, `${given}${family}`].includes(compact), `${String(family)} / ${String(given)}`);
      const reading = routing.locales.map((other) => getProfile(other).nameReading).find(Boolean);
      assert.equal(
        [card.getFirstPropertyValue('x-phonetic-last-name'), card.getFirstPropertyValue('x-phonetic-first-name')].join(' '),
        reading,
      );
      assert.equal(card.getFirstPropertyValue('email'), profile.email);
    });
  }
});

describe('the Markdown twins', () => {
  it('exist for every page, each opening with its h1, and not for a page that does not exist', () => {
    for (const locale of routing.locales) {
      for (const path of getPagePaths()) assert.match(markdownPage(locale, path) ?? '', /^# \S/, `${locale}${path}`);
      assert.equal(markdownPage(locale, '/projects/no-such-project'), undefined);
      for (const project of getProjects(locale)) {
        assert.match(
          markdownPage(locale, `/projects/${project.slug}`) ?? '',
          new RegExp(`^# ${project.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`),
        );
      }
    }
  });

  it('are all listed in /llms.txt, in both locales', () => {
    const index = llmsTxt();
    for (const locale of routing.locales) {
      for (const path of getPagePaths()) assert.ok(index.includes(`(${absoluteUrl(markdownPath(locale, path))})`), `${locale}${path}`);
    }
  });
});
