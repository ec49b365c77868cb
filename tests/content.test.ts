import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import {
  getEducation,
  getExperience,
  getFeaturedProjects,
  getPagePaths,
  getProfile,
  getNamedProjects,
  getProject,
  getProjects,
  getProjectSlugs,
  getResumeProjects,
  getSkills,
  getStaleTranslations,
  getTechnologies,
  getTechnology,
  getTechnologySlugs,
} from '@/lib/content';

// The getters over the fixture content (tests/fixtures/content), built as a release builds it.

describe('projects', () => {
  it('lists the published projects in the order of the CV, the same in every locale', () => {
    for (const locale of routing.locales)
      assert.deepEqual(
        getProjects(locale).map((project) => project.slug),
        ['alpha', 'beta'],
      );
    assert.deepEqual(getProjectSlugs(), ['alpha', 'beta']);
    assert.deepEqual(
      getFeaturedProjects('en').map((project) => project.slug),
      ['alpha'],
    );
  });

  it('has no draft project: a release leaves their files out', () => {
    for (const locale of routing.locales) {
      assert.equal(getProject(locale, 'gamma'), undefined);
      assert.equal(getProject(locale, 'delta'), undefined);
    }
  });

  it('names the draft projects, in CV order, in the locale that has them, and nothing of their text', () => {
    assert.deepEqual(getNamedProjects('ja'), [
      { title: 'ガンマ下書き', order: 3 },
      { title: 'デルタ下書き', order: 4 },
    ]);
    assert.deepEqual(getNamedProjects('en'), [{ title: 'Gamma draft', order: 3 }]);
    assert.doesNotMatch(JSON.stringify(getNamedProjects('en')), /secret|gamma\b/);
  });

  it('names the draft sections of a project as topics, and renders none of their text', () => {
    assert.deepEqual(getProject('ja', 'alpha')?.namedTopics, ['将来']);
    assert.deepEqual(getProject('en', 'alpha')?.namedTopics, ['Later']);
    assert.deepEqual(getProject('en', 'beta')?.namedTopics, []);
    assert.doesNotMatch(JSON.stringify(getResumeProjects('en')), /Alpha draft secret/);
  });

  it('gives each project a locale-prefixed url and its neighbours in list order', () => {
    const alpha = getProject('en', 'alpha');
    const beta = getProject('en', 'beta');
    assert.ok(alpha && beta);
    assert.equal(alpha.url, '/en/projects/alpha');
    assert.equal(alpha.previous, undefined);
    assert.equal(alpha.next?.slug, 'beta');
    assert.equal(beta.previous?.slug, 'alpha');
    assert.equal(getProject('ja', 'no-such-project'), undefined);
  });

  it('renders the body without draft sections, with stable ids shared by both locales', () => {
    const ids = (html = '') => [...html.matchAll(/<h\d id="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(ids(getProject('ja', 'alpha')?.html), ['details', 'challenges', 'speed', 'closing']);
    assert.deepEqual(ids(getProject('en', 'alpha')?.html), ids(getProject('ja', 'alpha')?.html));
    assert.doesNotMatch(getProject('en', 'alpha')?.html ?? '', /draft|secret|Later/i);
  });

  it('marks links to a page in another language, in that page’s language only', () => {
    const en = getProject('en', 'alpha')?.html ?? '';
    assert.match(
      en,
      /<a href="https:\/\/example.jp\/alpha" hreflang="ja" rel="noopener noreferrer">announcement<span> \(Japanese\)<\/span><\/a>/,
    );
    assert.match(en, /<a href="https:\/\/example.com\/other" rel="noopener noreferrer">outside page<\/a>/);
    assert.doesNotMatch(getProject('ja', 'alpha')?.html ?? '', /hreflang/);
  });

  it('prefixes heading ids on the résumé, where several bodies share a page', () => {
    const ids = getResumeProjects('ja').flatMap((project) => [...project.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    assert.deepEqual(ids, ['alpha-details', 'alpha-challenges', 'alpha-speed', 'alpha-closing']);
    assert.match(getResumeProjects('ja')[0]?.html ?? '', /^<h4 id="alpha-details">/);
  });
});

describe('technologies', () => {
  it('gathers every stack entry, mention and skill, one per slug, saying where; most used first', () => {
    const technologies = getTechnologies('en');
    assert.deepEqual(
      technologies.map(({ slug, name, level, used, projects }) => [
        slug,
        name,
        level,
        used,
        projects.map(({ slug: project, entry }) => `${project}:${entry.label}:${entry.source}${entry.hedged ? ':hedged' : ''}`),
      ]),
      [
        // The CV's brackets are kept and not counted as a use.
        ['cpp', 'C++', undefined, 1, ['alpha:(C++):stack:hedged', 'beta:c++:stack']],
        ['rust', 'Rust', 3, 1, ['alpha:Rust:stack']],
        // Named in the text only: on the page, and counted, but not on the 利用技術 line.
        ['go', 'Go', 1, 1, ['beta:Go:text']],
        ['aws-cdk', 'AWS CDK', undefined, 1, ['beta:AWS CDK:stack']],
        ['typescript', 'TypeScript', undefined, 1, ['alpha:TypeScript:stack']],
      ],
    );
    assert.deepEqual(
      getProject('en', 'beta')?.stack.map((item) => item.label),
      ['c++', 'AWS CDK'],
    );
    assert.deepEqual(getTechnologySlugs(), ['cpp', 'rust', 'go', 'aws-cdk', 'typescript']);
    assert.equal(getTechnology('ja', 'rust')?.projects[0]?.title, 'アルファ');
    assert.equal(getTechnology('ja', 'no-such-technology'), undefined);
  });

  it('links every chip and skill to the same slugs', () => {
    assert.deepEqual(
      getProject('en', 'alpha')?.stack.map((item) => item.slug),
      ['rust', 'typescript', 'cpp'],
    );
    assert.deepEqual(
      getSkills('ja').map((skill) => skill.slug),
      ['rust', 'go'],
    );
  });
});

describe('pages and documents', () => {
  it('lists every page below the locale prefix', () => {
    assert.deepEqual(getPagePaths(), [
      '',
      '/projects',
      '/projects/alpha',
      '/projects/beta',
      '/technologies',
      '/technologies/cpp',
      '/technologies/rust',
      '/technologies/go',
      '/technologies/aws-cdk',
      '/technologies/typescript',
      '/resume',
    ]);
  });

  it('reads the profile in each locale, with the name in both scripts and the CV date', () => {
    assert.equal(getProfile('ja').name, '山田花子');
    assert.equal(getProfile('ja').alternateName, 'Hanako Yamada');
    assert.equal(getProfile('en').updated.slice(0, 10), '2025-01-20');
  });

  it('lists work history and education newest first', () => {
    assert.deepEqual(
      getExperience('en').map((job) => job.slug),
      ['acme', 'internship'],
    );
    assert.deepEqual(
      getEducation('ja').map((school) => school.institution),
      ['架空大学'],
    );
  });

  it('finds no stale translation in content whose translations are marked', () => {
    for (const locale of routing.locales) assert.deepEqual(getStaleTranslations(locale), []);
  });
});
