import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// Next's own compiler for `config.matcher`, so the test reads the matcher exactly as a build does.
import { getMiddlewareMatchers } from 'next/dist/build/analysis/get-page-static-info.js';
import { allProjects } from 'contentlayer/generated';
import { routing } from '@/i18n/routing';
import { getPagePaths } from '@/lib/content';
import { localePath } from '@/lib/site';
import { config } from '@/proxy';

const matchers = getMiddlewareMatchers(config.matcher, {}).map(({ regexp }) => new RegExp(regexp));
const runsProxy = (path: string) => matchers.some((matcher) => matcher.test(path));

describe('the proxy matcher', () => {
  const pages = routing.locales.flatMap((locale) => getPagePaths().map((path) => localePath(locale, path)));

  it('leaves every published page to the prerendered HTML', () => {
    const proxied = pages.filter(runsProxy);
    assert.deepEqual(proxied, [], `proxy.ts runs on ${proxied.join(', ')}: add the project slugs to its matcher`);
  });

  it('leaves social cards and files alone', () => {
    for (const path of [...pages.map((page) => `${page}/opengraph-image`), '/apple-icon', '/sitemap.xml', '/ja/resume.pdf', '/_next/static/chunks/a.js']) {
      assert.equal(runsProxy(path), false, path);
    }
  });

  it('runs for the language redirect and for every path that is not a page, drafts included', () => {
    const drafts = allProjects.filter((project) => project.draft).map((project) => project.url);
    assert.ok(drafts.length > 0);
    for (const path of ['/', '/fr', '/fr/projects', '/en/projects/no-such-project', '/en/no/such/page', '/ja/resume/x', '/ja/projects/%E0%A4%A', '/ja/projects/%00', '/enx', ...drafts]) {
      assert.equal(runsProxy(path), true, path);
    }
  });
});
