import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from '@playwright/test';
import { routing } from '@/i18n/routing';
import { getCertifications, getExperience, getProfile, getProjects } from '@/lib/content';
import { RESUME_PAPERS, SHORT_RESUME_DETAILS, SHORT_RESUME_MAX_PAGES } from '@/lib/resume-files';
import { getShortResume, type ShortResume } from '@/lib/short-resume';
import { chromiumPath, launchChromium } from '@/scripts/support';
import { pdfPages, printShort } from './support/short-resume-print';

// The short résumé on the fixture content (tests/fixtures/content), printed as the build prints
// it: the bound on its length, and how it gives way as the content grows.

let browser: Browser;
before(async () => {
  const path = chromiumPath();
  assert.ok(path, 'the short résumé is printed by Chromium: set CHROMIUM_PATH or apt-get install chromium');
  browser = await launchChromium(path);
});
after(() => browser.close());

const papers = routing.locales.flatMap((locale) => RESUME_PAPERS[locale].map((paper) => ({ locale, paper })));

/** The fixture's projects many times over, as an owner's CV grows: only the first stays featured. */
function grown(resume: ShortResume, times: number): ShortResume {
  const projects = Array.from({ length: times }, (_, copy) =>
    resume.projects.map((project) => ({
      ...project,
      slug: `${project.slug}-${copy}`,
      title: `${project.title} ${copy}`,
      summary: Array.from({ length: 4 }, () => project.summary).join(' '),
      featured: copy === 0 && project.featured,
      challenges: copy === 0 ? project.challenges : ['a', 'b', 'c'].map((mark) => `${project.title} ${copy}${mark}`),
    })),
  ).flat();
  return { ...resume, projects };
}

describe('the short résumé', () => {
  for (const { locale, paper } of papers) {
    it(`fits on ${SHORT_RESUME_MAX_PAGES} sheets with every fact it must carry, in reading order (${locale}, ${paper})`, async () => {
      const printed = await printShort(browser, await getShortResume(locale), paper);
      assert.ok(printed.pages <= SHORT_RESUME_MAX_PAGES, `${printed.pages} pages`);
      assert.equal(printed.detail, 'all');
      const text = (await pdfPages(printed.pdf)).join('\n');
      const profile = getProfile(locale);
      const facts = [
        profile.name,
        profile.alternateName,
        profile.email,
        ...getExperience(locale).flatMap((job) => [job.organization, ...job.positions.map((position) => position.title)]),
        ...getProjects(locale).map((project) => project.title),
        ...getCertifications(locale),
      ];
      for (const fact of facts) assert.ok(text.includes(fact), `"${fact}" is missing from the ${locale} ${paper} PDF`);
      // Name, then contact, then the sections.
      const at = (fact: string) => text.indexOf(fact);
      assert.ok(at(profile.name) < at(profile.email), 'the name comes before the contact details');
      assert.ok(at(profile.email) < at(getExperience(locale)[0]?.organization ?? ''), 'the contact details come before the work history');
    });
  }

  it('as the projects grow, keeps within the bound by dropping detail in the order of the rule, never a title', async () => {
    for (const { locale, paper } of papers) {
      const resume = grown(await getShortResume(locale), 8);
      const printed = await printShort(browser, resume, paper);
      assert.ok(printed.pages <= SHORT_RESUME_MAX_PAGES, `${locale} ${paper}: ${printed.pages} pages`);
      assert.notEqual(printed.detail, 'all', `${locale} ${paper}: the grown content was expected not to fit in full`);
      const text = (await pdfPages(printed.pdf)).join('\n');
      for (const project of resume.projects) assert.ok(text.includes(project.title), `${project.title} is missing`);
      const featured = resume.projects.find((project) => project.featured);
      const others = resume.projects.filter((project) => !project.featured);
      // Each step keeps what the previous one kept for featured projects; the first drops the others' bullets.
      if (printed.detail !== 'titles') for (const challenge of featured?.challenges ?? []) assert.ok(text.includes(challenge));
      for (const challenge of others.flatMap((project) => project.challenges)) assert.ok(!text.includes(challenge), challenge);
    }
  });

  it('is printed as it is, over the bound, once no step of the rule is left (the build then says how long)', async () => {
    const resume = grown(await getShortResume('en'), 40);
    const printed = await printShort(browser, resume, 'letter');
    assert.equal(printed.detail, SHORT_RESUME_DETAILS.at(-1));
    assert.ok(printed.pages > SHORT_RESUME_MAX_PAGES);
  });
});
