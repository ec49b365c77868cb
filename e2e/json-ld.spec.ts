import { expect, test, type Page } from '@playwright/test';
import { content, locales, messages, other, sampleProject } from './utils';

async function jsonLd(page: Page): Promise<unknown[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block): unknown => JSON.parse(block));
}

for (const locale of locales) {
  test(`home and résumé describe the person as a ProfilePage (${locale})`, async ({ page }) => {
    const profile = content.profile(locale);
    for (const path of ['', '/resume']) {
      await page.goto(`/${locale}${path}`);
      const data = await jsonLd(page);
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        inLanguage: locale,
        mainEntity: {
          '@type': 'Person',
          name: profile.name,
          alternateName: expect.arrayContaining([profile.alternateName]),
          jobTitle: profile.jobTitle,
          worksFor: { '@type': 'Organization', name: profile.organization },
          alumniOf: [...new Set(content.education(locale).map((school) => school.institution))].map((name) =>
            expect.objectContaining({ name }),
          ),
          sameAs: [profile.github.url, profile.credly.url],
          hasCredential: content.certifications(locale).map((name) => expect.objectContaining({ name })),
        },
      });
    }
  });

  test(`a project page describes the project in its language (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects/${sampleProject.slug}`);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    expect(await jsonLd(page)).toEqual([
      expect.objectContaining({
        '@type': 'CreativeWork',
        name: title,
        inLanguage: locale,
        url: expect.stringMatching(new RegExp(`/${locale}/projects/${sampleProject.slug}$`)),
      }),
    ]);
    expect(JSON.stringify(await jsonLd(page))).not.toContain(`"inLanguage":"${other(locale)}","url"`);
  });

  test(`the technologies pages list what their pages list (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/technologies`);
    const hint = messages[locale].TechnologyLink.hint.trim();
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    const names = (await links.allInnerTexts()).map((text) => text.replace(hint, '').trim());
    const [collection] = await jsonLd(page);
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      mainEntity: { itemListElement: names.map((name, index) => expect.objectContaining({ position: index + 1, name })) },
    });

    const href = (await links.first().getAttribute('href')) ?? '';
    await links.first().click();
    // The page read next is the technology's, not this one still on screen.
    await expect(page).toHaveURL(new URL(href, page.url()).href);
    await expect(page.getByRole('heading', { level: 1, name: names[0] })).toBeVisible();
    const projects = await page.getByRole('main').getByRole('heading', { level: 3 }).allInnerTexts();
    expect((await jsonLd(page))[0]).toMatchObject({
      '@type': 'CollectionPage',
      about: { '@type': 'DefinedTerm', name: names[0] },
      mainEntity: { itemListElement: projects.map((name) => expect.objectContaining({ name })) },
    });
  });
}
