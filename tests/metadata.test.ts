import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sitemap from '@/app/sitemap';
import { getProject, getTechnology } from '@/lib/content';
import { cardSize, pageMetadata } from '@/lib/metadata';
import { absoluteUrl, languageAlternates, siteUrl } from '@/lib/site';
import { personJsonLd, profilePageJsonLd, projectJsonLd, technologyJsonLd } from '@/lib/structured-data';

const input = {
  locale: 'en',
  path: '/projects/demo',
  title: 'Demo',
  description: 'A demo project.',
  type: 'article',
  imageAlt: 'Demo — Hanako Yamada, Software Engineer',
} as const;

describe('pageMetadata', () => {
  const metadata = pageMetadata(input);

  it('points canonical at the page itself and lists every language plus x-default', () => {
    assert.equal(metadata.alternates?.canonical, '/en/projects/demo');
    assert.deepEqual(metadata.alternates.languages, { ja: '/ja/projects/demo', en: '/en/projects/demo', 'x-default': '/ja/projects/demo' });
  });

  it('describes the page and its 1200×630 PNG card, a .png file beside the page, to Open Graph and X', () => {
    const image = { url: '/en/projects/demo/card.png', width: 1200, height: 630, alt: input.imageAlt, type: 'image/png' };
    assert.deepEqual(metadata.openGraph, {
      type: 'article',
      url: '/en/projects/demo',
      title: 'Demo',
      description: 'A demo project.',
      siteName: 'Hanako Yamada',
      locale: 'en_US',
      alternateLocale: ['ja_JP'],
      images: [image],
    });
    assert.deepEqual(metadata.twitter, { card: 'summary_large_image', title: 'Demo', description: 'A demo project.', images: [image] });
    assert.deepEqual(cardSize, { width: 1200, height: 630 });
  });

  it('uses ja_JP for Japanese pages, and /ja/card.png for the home page', () => {
    const ja = pageMetadata({ ...input, locale: 'ja', path: '', type: 'profile' });
    assert.equal(ja.alternates?.canonical, '/ja');
    assert.deepEqual(ja.openGraph && 'locale' in ja.openGraph && [ja.openGraph.locale, ja.openGraph.alternateLocale], ['ja_JP', ['en_US']]);
    assert.match(JSON.stringify(ja.openGraph?.images), /"url":"\/ja\/card\.png"/);
  });
});

describe('site URLs', () => {
  it('derives absolute URLs from the one configured origin', () => {
    assert.equal(absoluteUrl('/ja/resume'), new URL('/ja/resume', siteUrl).toString());
    assert.deepEqual(languageAlternates(''), { ja: '/ja', en: '/en', 'x-default': '/ja' });
  });
});

describe('sitemap (fixture content)', () => {
  const entries = sitemap();

  it('lists every page in both locales, technologies included, and no draft', () => {
    assert.equal(entries.length, 2 * 11);
    assert.ok(entries.some((entry) => entry.url === absoluteUrl('/en/technologies/cpp')));
    assert.ok(entries.every((entry) => !/gamma|delta/.test(entry.url)));
  });

  it('gives each entry its alternates and the CV date', () => {
    const home = entries.find((entry) => entry.url === absoluteUrl('/en'));
    assert.ok(home);
    assert.deepEqual(home.alternates?.languages, { ja: absoluteUrl('/ja'), en: absoluteUrl('/en'), 'x-default': absoluteUrl('/ja') });
    assert.equal(String(home.lastModified).slice(0, 10), '2025-01-20');
  });
});

describe('structured data (fixture content)', () => {
  it('describes the person in both scripts with work, school, links, skills and credentials', () => {
    const person = personJsonLd('ja');
    if (typeof person === 'string') return assert.fail('a Person node, not an IRI');
    assert.equal(person.name, '山田花子');
    assert.deepEqual(person.alternateName, ['Hanako Yamada', 'ヤマダ ハナコ']);
    assert.deepEqual(person.sameAs, ['https://github.com/hanako', 'https://www.credly.com/users/hanako']);
    assert.deepEqual(person.knowsAbout, ['Rust', 'Go']);
    assert.deepEqual(person.alumniOf, [{ '@type': 'CollegeOrUniversity', name: '架空大学' }]);
  });

  it('wraps the person in a ProfilePage in the page language', () => {
    const page = profilePageJsonLd('en', '/resume', 'Résumé');
    assert.equal(page['@type'], 'ProfilePage');
    assert.equal(page.inLanguage, 'en');
    assert.equal(page.url, absoluteUrl('/en/resume'));
  });

  it('describes a project as a CreativeWork, its stack as the CV writes it, its links with their language', () => {
    const project = getProject('en', 'alpha');
    assert.ok(project);
    const work = projectJsonLd('en', project);
    assert.equal(work.url, absoluteUrl('/en/projects/alpha'));
    assert.equal(work.keywords, 'Rust, TypeScript, (C++)');
    assert.deepEqual(work.subjectOf, [
      { '@type': 'WebPage', name: 'Alpha announcement', url: 'https://example.jp/alpha', inLanguage: 'ja' },
    ]);
  });

  it('describes a technology page as a collection of its projects', () => {
    const technology = getTechnology('en', 'cpp');
    assert.ok(technology);
    const page = technologyJsonLd('en', technology);
    assert.equal(page['@type'], 'CollectionPage');
    assert.deepEqual(page.about, { '@type': 'DefinedTerm', name: 'C++' });
    assert.deepEqual(page.mainEntity, {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Alpha', url: absoluteUrl('/en/projects/alpha') },
        { '@type': 'ListItem', position: 2, name: 'Beta', url: absoluteUrl('/en/projects/beta') },
      ],
    });
  });
});
