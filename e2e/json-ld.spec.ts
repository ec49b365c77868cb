import { expect, test, type Page } from '@playwright/test';
import { locales, other, sampleProject } from './utils';

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block));
}

for (const locale of locales) {
  test(`home and résumé describe the person as a ProfilePage (${locale})`, async ({ page }) => {
    for (const path of ['', '/resume']) {
      await page.goto(`/${locale}${path}`);
      const [data, ...rest] = await jsonLd(page);
      expect(rest).toEqual([]);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('ProfilePage');
      expect(data.inLanguage).toBe(locale);
      const person = data.mainEntity;
      expect(person['@type']).toBe('Person');
      expect([person.name, ...person.alternateName]).toEqual(expect.arrayContaining(['飯泉瑠偉', 'Rui Iizumi']));
      expect(person.jobTitle).toBeTruthy();
      expect(person.worksFor['@type']).toBe('Organization');
      expect(person.alumniOf.length).toBeGreaterThan(0);
      expect(person.sameAs).toEqual(['https://github.com/Rz-min', 'https://www.credly.com/users/rui-iizumi']);
      expect(person.knowsAbout).toEqual(expect.arrayContaining(['Rust']));
      expect(person.hasCredential).toHaveLength(4);
    }
  });

  test(`a project page describes the project in its language (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects/${sampleProject.slug}`);
    const [work] = await jsonLd(page);
    expect(work['@type']).toBe('CreativeWork');
    expect(work.inLanguage).toBe(locale);
    expect(work.inLanguage).not.toBe(other(locale));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(work.name);
    expect(work.url).toMatch(new RegExp(`/${locale}/projects/${sampleProject.slug}$`));
    expect(JSON.stringify(work)).not.toMatch(/st-token|demo-trading-app|rust-market-data/);
  });
}
