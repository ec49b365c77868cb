import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sitemap from '@/app/sitemap';
import { getProject, getProjectSlugs } from '@/lib/content';
import { cardSize, pageMetadata } from '@/lib/metadata';
import { absoluteUrl, languageAlternates, siteUrl } from '@/lib/site';
import { personJsonLd, profilePageJsonLd, projectJsonLd } from '@/lib/structured-data';

const input = {
  locale: 'en',
  path: '/projects/demo',
  title: 'Demo',
  description: 'A demo project.',
  type: 'article',
  siteName: 'Rui Iizumi',
  imageAlt: 'Demo — Rui Iizumi, Software Engineer',
} as const;

describe('pageMetadata', () => {
  const metadata = pageMetadata(input);

  it('points canonical at the page itself and lists both languages plus x-default', () => {
    assert.equal(metadata.alternates?.canonical, '/en/projects/demo');
    assert.deepEqual(metadata.alternates?.languages, {
      ja: '/ja/projects/demo',
      en: '/en/projects/demo',
      'x-default': '/ja/projects/demo',
    });
  });

  it('describes the page and its 1200×630 card to Open Graph and X', () => {
    assert.deepEqual(metadata.openGraph, {
      type: 'article',
      url: '/en/projects/demo',
      title: 'Demo',
      description: 'A demo project.',
      siteName: 'Rui Iizumi',
      locale: 'en_US',
      alternateLocale: ['ja_JP'],
      images: [{ url: '/en/projects/demo/opengraph-image', width: 1200, height: 630, alt: input.imageAlt, type: 'image/png' }],
    });
    assert.deepEqual(metadata.twitter, {
      card: 'summary_large_image',
      title: 'Demo',
      description: 'A demo project.',
      images: metadata.openGraph?.images,
    });
    assert.deepEqual(cardSize, { width: 1200, height: 630 });
  });

  it('uses ja_JP for Japanese pages', () => {
    const ja = pageMetadata({ ...input, locale: 'ja', path: '', type: 'profile' });
    assert.equal(ja.alternates?.canonical, '/ja');
    assert.deepEqual(ja.openGraph && 'locale' in ja.openGraph && [ja.openGraph.locale, ja.openGraph.alternateLocale], ['ja_JP', ['en_US']]);
  });
});

describe('site URLs', () => {
  it('derives absolute URLs from the one configured origin', () => {
    assert.equal(absoluteUrl('/ja/resume'), new URL('/ja/resume', siteUrl).toString());
    assert.deepEqual(languageAlternates(''), { ja: '/ja', en: '/en', 'x-default': '/ja' });
  });
});

describe('sitemap', () => {
  const entries = sitemap();

  it('lists every published page in both locales and no draft', () => {
    const pages = 3 + getProjectSlugs().length;
    assert.equal(entries.length, 2 * pages);
    assert.ok(entries.every((entry) => !/st-token|demo-trading-app|rust-market-data/.test(entry.url)));
    assert.ok(entries.some((entry) => entry.url === absoluteUrl('/en/projects/jp-us-trading-app')));
  });

  it('gives each entry its alternates and the CV date', () => {
    const home = entries.find((entry) => entry.url === absoluteUrl('/en'));
    assert.deepEqual(home?.alternates?.languages, { ja: absoluteUrl('/ja'), en: absoluteUrl('/en'), 'x-default': absoluteUrl('/ja') });
    assert.equal(String(home?.lastModified).slice(0, 10), '2024-08-10');
  });
});

describe('structured data', () => {
  it('describes the person in both scripts with work, school, links, skills and credentials', () => {
    const person = personJsonLd('ja');
    if (typeof person === 'string') return assert.fail('a Person node, not an IRI');
    assert.equal(person.name, '飯泉瑠偉');
    assert.deepEqual(person.alternateName, ['Rui Iizumi', 'イイズミ ルイ']);
    assert.deepEqual(person.sameAs, ['https://github.com/Rz-min', 'https://www.credly.com/users/rui-iizumi']);
    assert.deepEqual(person.knowsAbout, ['Rust', 'Python', 'C++', 'Go']);
    assert.equal(Array.isArray(person.hasCredential) && person.hasCredential.length, 4);
    assert.deepEqual(person.alumniOf, [{ '@type': 'CollegeOrUniversity', name: '法政大学大学院' }, { '@type': 'CollegeOrUniversity', name: '法政大学' }]);
  });

  it('wraps the person in a ProfilePage in the page language', () => {
    const page = profilePageJsonLd('en', '/resume', 'Résumé');
    assert.equal(page['@type'], 'ProfilePage');
    assert.equal(page.inLanguage, 'en');
    assert.equal(page.url, absoluteUrl('/en/resume'));
  });

  it('describes a project as a CreativeWork in its language', () => {
    const project = getProject('en', 'jp-us-trading-app');
    assert.ok(project);
    const work = projectJsonLd('en', project);
    assert.equal(work['@type'], 'CreativeWork');
    assert.equal(work.inLanguage, 'en');
    assert.equal(work.url, absoluteUrl('/en/projects/jp-us-trading-app'));
    assert.equal(work.keywords, 'AWS, C++, Go, Python, (Rust)');
  });
});
