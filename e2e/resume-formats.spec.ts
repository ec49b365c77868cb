import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@jsonresume/schema';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { RESUME_PAPERS } from '../lib/resume-files';
import { content, locales, messages, monthIn, other, pdfText, sampleProject, siteOrigin } from './utils';

// Facts a reader of each version must find, taken from the content the build was made from.
function facts(locale: (typeof locales)[number]) {
  const [job] = content.experience(locale);
  return [
    content.profile(locale).name,
    job?.organization ?? '',
    monthIn(locale, job?.start ?? ''),
    content.education(locale)[0]?.institution ?? '',
    content.certifications(locale)[0] ?? '',
    content.projects(locale)[0]?.title ?? '',
  ];
}

/** Page size in points, from the PDF itself. */
async function pageSizes(data: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const sizes = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { width, height } = (await pdf.getPage(number)).getViewport({ scale: 1 });
    sizes.push({ width, height });
  }
  const { info } = await pdf.getMetadata();
  return { sizes, info };
}

/** The QR code on the first page, read from the page as rendered (pdftoppm) and decoded (jsQR). */
function firstPageQrCode(data: Buffer): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', '-singlefile', '-', join(dir, 'page')], { input: data });
    const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Paper sizes in points; Chromium lays pages out in whole CSS pixels, so allow a point either way. */
const points = { a4: { width: 595.3, height: 841.9 }, letter: { width: 612, height: 792 } };

for (const locale of locales) {
  const t = messages[locale];

  test(`printing the résumé leaves the document and a way back to it online (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/resume`);
    await expect(page.getByRole('button', { name: t.ResumeDownloads.print })).toBeVisible();
    await expect(page.getByRole('complementary', { name: t.ResumePage.onlineCopy })).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('list', { name: t.ResumeDownloads.label })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: t.ResumePage.title })).toBeVisible();
    const online = page.getByRole('complementary', { name: t.ResumePage.onlineCopy });
    await expect(online).toBeVisible();
    await expect(online).toContainText(`${siteOrigin}/${locale}/resume`);
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });

  test(`the résumé PDFs are real text on the paper they name, leading back online (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/resume`);
    const downloads = page.getByRole('list', { name: t.ResumeDownloads.label });
    const links = downloads.getByRole('link', { name: /^PDF/ });
    await expect(links).toHaveCount(RESUME_PAPERS[locale].length);
    for (const [index, paper] of RESUME_PAPERS[locale].entries()) {
      const link = links.nth(index);
      // The paper's name, as the message's `select` gives it in this language.
      await expect(link).toContainText(new RegExp(`${paper} \\{([^}]*)\\}`).exec(t.ResumeDownloads.paper)?.[1] ?? paper);
      const href = await link.getAttribute('href');
      expect(href).toBe(`/${locale}/resume-${paper}.pdf`);
      const response = await request.get(href ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const body = await response.body();
      // The link states the size the server sends.
      await expect(link).toContainText(`${Math.round(body.length / 1024)}`);

      const { sizes, info } = await pageSizes(body);
      expect(sizes.length).toBeGreaterThan(1);
      for (const { width, height } of sizes) {
        expect(Math.abs(width - points[paper].width), `${href} width ${width}`).toBeLessThanOrEqual(1);
        expect(Math.abs(height - points[paper].height), `${href} height ${height}`).toBeLessThanOrEqual(1);
      }
      expect(info).toMatchObject({ Language: locale, Title: expect.stringContaining(t.ResumePage.title) });
      const text = await pdfText(body);
      for (const title of [
        t.ResumePage.profile,
        t.ResumePage.career,
        t.ResumePage.education,
        t.ResumePage.projects,
        t.ResumePage.skills,
        t.ResumePage.certifications,
      ]) {
        expect(text, href ?? '').toContain(title);
      }
      for (const fact of facts(locale)) expect(text, href ?? '').toContain(fact);
      const foreign = content.experience(other(locale))[0]?.organization ?? '';
      if (!facts(locale).includes(foreign)) expect(text).not.toContain(foreign);
      expect(firstPageQrCode(body), href ?? '').toBe(`${siteOrigin}/${locale}/resume`);
    }
  });

  test(`the JSON Resume is valid and says what the page says (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/resume`);
    const href = await page.getByRole('link', { name: t.ResumeDownloads.json }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const resume: unknown = await response.json();
    validate(resume, (errors) => {
      expect(errors).toBeNull();
    });

    // The résumé says it all, page and file alike.
    const main = page.getByRole('main');
    const profile = content.profile(locale);
    await expect(main.getByText(profile.email)).toBeVisible();
    expect(resume).toMatchObject({
      basics: { name: profile.name, email: profile.email },
      work: expect.arrayContaining(
        content
          .experience(locale)
          .map((job) => expect.objectContaining(job.kind === 'internship' ? { position: job.organization } : { name: job.organization })),
      ),
      projects: [
        ...content.projects(locale).map((project) => expect.objectContaining({ name: project.title })),
        ...content.namedProjects(locale).map((project) => ({ name: project.title })),
      ],
      certificates: (await main.getByRole('region', { name: t.ResumePage.certifications }).getByRole('listitem').allInnerTexts()).map(
        (name) => ({ name }),
      ),
    });
    for (const project of content.projects(locale))
      await expect(main.getByRole('link', { name: project.title, exact: true })).toBeVisible();
  });
}

test('a project page prints without the site around it', async ({ page }) => {
  await page.goto(`/en/projects/${sampleProject.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: messages.en.ProjectPage.pagination })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// The first project with a public link, from the content: on paper, the link's address is written out.
for (const project of content
  .projects('en')
  .filter((candidate) => candidate.links.length > 0)
  .slice(0, 1)) {
  test(`a printed project page writes out its public links (${project.slug})`, async ({ page }) => {
    await page.goto(project.url);
    await page.emulateMedia({ media: 'print' });
    for (const link of project.links) {
      const after = await page
        .locator(`main a[href="${link.url}"]`)
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
      expect(after).toContain(link.url);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the résumé offers no print button that could not work, but the files still', async ({ page }) => {
    await page.goto('/ja/resume');
    const downloads = page.getByRole('list', { name: messages.ja.ResumeDownloads.label });
    await expect(downloads.getByRole('link', { name: messages.ja.ResumeDownloads.json })).toBeVisible();
    await expect(downloads.getByRole('link', { name: /^PDF/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: messages.ja.ResumeDownloads.print })).toBeHidden();
  });
});
