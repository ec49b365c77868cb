import { expect, test, type Page } from '@playwright/test';
import { content, locales, other, sampleProject } from './utils';

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block));
}

for (const locale of locales) {
  test(`home and résumé describe the person as a ProfilePage (${locale})`, async ({ page }) => {
    const names = locales.map((each) => content.profile(each)?.name);
    for (const path of ['', '/resume']) {
      await page.goto(`/${locale}${path}`);
      const [data, ...rest] = await jsonLd(page);
      expect(rest).toEqual([]);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('ProfilePage');
      expect(data.inLanguage).toBe(locale);
      const person = data.mainEntity;
      expect(person['@type']).toBe('Person');
      expect([person.name, ...person.alternateName]).toEqual(expect.arrayContaining(names));
      expect(person.jobTitle).toBeTruthy();
      expect(person.worksFor['@type']).toBe('Organization');
      expect(person.alumniOf.length).toBeGreaterThan(0);
      expect(person.sameAs.every((url: string) => url.startsWith('https://'))).toBe(true);
      expect(person.knowsAbout.length).toBeGreaterThan(0);
      expect(person.hasCredential.length).toBeGreaterThan(0);
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
  });

  test(`a technology page lists the projects that use it, as its page does (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/technologies`);
    const [collection] = await jsonLd(page);
    expect(collection['@type']).toBe('CollectionPage');
    const first = collection.mainEntity.itemListElement[0];
    await page.goto(new URL(first.url).pathname);
    const [technology] = await jsonLd(page);
    expect(technology.about).toEqual({ '@type': 'DefinedTerm', name: first.name });
    const listed = technology.mainEntity.itemListElement.map((item: { name: string }) => item.name);
    expect(await page.getByRole('main').getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(listed);
  });
}
