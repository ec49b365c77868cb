import { expect, test } from '@playwright/test';
import { content, locales, messages, sampleProject } from './utils';

for (const locale of locales) {
  const t = messages[locale];

  test(`every technology chip of a project leads to a page listing that project (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/projects/${sampleProject.slug}`);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const chips = page
      .getByRole('region', { name: t.ProjectPage.facts })
      .getByRole('list', { name: t.ProjectFacts.stack })
      .getByRole('link');
    const hrefs = await chips.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(new RegExp(`^/${locale}/technologies/[a-z0-9]+(-[a-z0-9]+)*$`));
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();
    }
  });

  test(`the technologies page lists each technology with its project count, each leading to its page (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/technologies`);
    const items = page.getByRole('main').getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const link = items.nth(index).getByRole('link');
      // The link's text, without the hint that only screen readers hear.
      const name = (await link.innerText()).replace(t.TechnologyLink.hint.trim(), '').trim();
      const href = await link.getAttribute('href');
      const counted = Number(/\d+/.exec(await items.nth(index).innerText())?.[0] ?? 0);
      await page.goto(href ?? '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      // The count is of the projects the CV states as using it: each card says where the CV names
      // it, and a bracketed, hedged entry (`(Rust)`) is listed but not counted.
      const main = page.getByRole('main');
      const stated = main
        .getByText(t.TechnologyPage.fromStack, { exact: true })
        .or(main.getByText(t.TechnologyPage.fromText, { exact: true }));
      await expect(stated).toHaveCount(counted);
      await expect(main.getByRole('heading', { level: 3 })).toHaveCount(
        counted + (await main.getByText(t.TechnologyPage.fromStackHedged.split('{label}')[0] ?? '').count()),
      );
      await page.goBack();
    }
  });

  test(`every skill on the home page leads to its technology page, rated as on the home page (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const skills = page.getByRole('region', { name: t.HomePage.skills }).getByRole('listitem');
    const count = await skills.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const stars = await skills.nth(index).getByRole('img').getAttribute('aria-label');
      await skills.nth(index).getByRole('link').click();
      await expect(page.getByRole('main').getByRole('img', { name: stars ?? '' })).toBeVisible();
      await page.goBack();
    }
  });
}

// One test per technology the CV hedges (`(Rust)`) or names only in a project's text: its page says so.
for (const locale of locales) {
  const entries = content
    .projects(locale)
    .flatMap((project) => [...project.stack, ...project.mentions].map((technology) => ({ project, ...technology })))
    .filter((technology) => technology.hedged || technology.source === 'text');
  for (const entry of entries) {
    test(`${entry.project.title} is listed under ${entry.name} saying where the CV names it, “${entry.label}” (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/technologies/${entry.slug}`);
      const notes = messages[locale].TechnologyPage;
      const note = entry.hedged ? notes.fromStackHedged.replace('{label}', entry.label) : notes.fromText;
      const card = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: entry.project.title, exact: true }) });
      await expect(card.getByText(note)).toBeVisible();
    });
  }
}
