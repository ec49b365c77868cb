import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import {
  getCertifications,
  getEducation,
  getExperience,
  getFeaturedProjects,
  getInterests,
  getProfile,
  getProject,
  getProjects,
  getProjectSlugs,
  getResumeProjects,
  getSkills,
} from '@/lib/content';

const environment = process.env.NODE_ENV;
// Next's types make NODE_ENV read-only; the getters read it on every call.
const setNodeEnv = (value: string | undefined) => Object.assign(process.env, { NODE_ENV: value });
afterEach(() => setNodeEnv(environment));

describe('content getters (the built content/ tree)', () => {
  it('publishes the same projects in the same order in both locales', () => {
    const [ja, en] = routing.locales.map((locale) => getProjects(locale).map((project) => project.slug));
    assert.ok(ja && ja.length > 0);
    assert.deepEqual(ja, en);
  });

  it('gives every project a locale-prefixed url built from its slug', () => {
    for (const locale of routing.locales) {
      for (const project of getProjects(locale)) {
        assert.equal(project.url, `/${locale}/projects/${project.slug}`);
        assert.match(project.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('leaves drafts out of production lists, pages and bodies', () => {
    setNodeEnv('production');
    const drafts = ['st-token', 'demo-trading-app', 'rust-market-data'];
    for (const locale of routing.locales) {
      const slugs = getProjects(locale).map((project) => project.slug);
      for (const draft of drafts) {
        assert.ok(!slugs.includes(draft), `${draft} listed in ${locale}`);
        assert.equal(getProject(locale, draft), undefined);
      }
      assert.ok(!getResumeProjects(locale).some((project) => project.draft));
      const sor = getProject(locale, 'sor-order-routing');
      assert.ok(sor);
      assert.doesNotMatch(sor.html, /data-draft|performance-improvement|shared-memory-architecture/);
    }
    assert.ok(drafts.every((draft) => !getProjectSlugs().includes(draft)));
  });

  it('shows drafts, marked, in development', () => {
    setNodeEnv('development');
    const slugs = getProjects('ja').map((project) => project.slug);
    assert.ok(slugs.includes('st-token'));
    assert.equal(getProject('en', 'st-token')?.draft, true);
    assert.match(getProject('ja', 'sor-order-routing')?.html ?? '', /<h3 id="performance-improvement" data-draft/);
  });

  it('links each project to its neighbours in list order', () => {
    const projects = getProjects('en');
    const first = getProject('en', projects[0]?.slug ?? '');
    const second = getProject('en', projects[1]?.slug ?? '');
    assert.equal(first?.previous, undefined);
    assert.equal(first?.next?.slug, projects[1]?.slug);
    assert.equal(second?.previous?.slug, projects[0]?.slug);
  });

  it('answers undefined for an unknown slug', () => {
    assert.equal(getProject('ja', 'no-such-project'), undefined);
  });

  it('renders stable heading ids, identical across locales, for #section links', () => {
    const ids = (html = '') => [...html.matchAll(/<h\d id="([^"]+)"/g)].map((match) => match[1]);
    const ja = ids(getProject('ja', 'jp-us-trading-app')?.html);
    assert.ok(ja.includes('high-throughput-low-latency'));
    assert.deepEqual(ja, ids(getProject('en', 'jp-us-trading-app')?.html));
  });

  it('prefixes heading ids on the résumé, where several project bodies share a page', () => {
    const ids = getResumeProjects('ja').flatMap((project) => [...project.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('jp-us-trading-app-details'));
  });

  it('features only published projects', () => {
    setNodeEnv('production');
    const featured = getFeaturedProjects('ja');
    assert.ok(featured.length > 0);
    assert.ok(featured.every((project) => project.featured && !project.draft));
  });

  it('reads the profile in each locale, with the name in both scripts', () => {
    assert.equal(getProfile('ja').name, '飯泉瑠偉');
    assert.equal(getProfile('ja').alternateName, 'Rui Iizumi');
    assert.equal(getProfile('en').name, 'Rui Iizumi');
    assert.equal(getProfile('en').updated.slice(0, 10), '2024-08-10');
  });

  it('lists the work history and education newest first', () => {
    for (const locale of routing.locales) {
      for (const list of [getExperience(locale), getEducation(locale)]) {
        const starts = list.map((entry) => entry.start);
        assert.deepEqual(starts, [...starts].sort().reverse());
      }
    }
    assert.equal(getExperience('en')[0]?.organization, 'SBI SECURITIES Co., Ltd.');
  });

  it('keeps skills, certifications and interests in step between locales', () => {
    assert.deepEqual(getSkills('ja'), getSkills('en'));
    assert.equal(getCertifications('ja').length, getCertifications('en').length);
    assert.deepEqual(getInterests('ja').languages, getInterests('en').languages);
    assert.equal(getInterests('ja').development.length, getInterests('en').development.length);
  });
});
