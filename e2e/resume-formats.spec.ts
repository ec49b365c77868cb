import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@jsonresume/schema';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfQrCode } from '../scripts/pdf-qr-code';
import { SHORT_RESUME_MAX_PAGES, resumePdfs } from '../lib/resume-files';
import { content, locales, messages, monthIn, other, sampleProject, siteOrigin } from './utils';

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

/** Page size in points, the link annotations and the metadata, from the PDF itself. */
async function readPdf(data: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const sizes = [];
  const links: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    sizes.push({ width, height });
    const annotations: unknown[] = await page.getAnnotations();
    for (const annotation of annotations) {
      if (typeof annotation === 'object' && annotation !== null && 'url' in annotation && typeof annotation.url === 'string')
        links.push(annotation.url);
    }
  }
  const { info } = await pdf.getMetadata();
  return { sizes, info, links };
}

/** What poppler says of a PDF: its text as pdftotext reads it, its fonts and whether it is tagged. */
function poppler(data: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, data);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return {
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
      // name, type, encoding, then emb, sub, uni: every font embedded and subset.
      fontsNotEmbedded: fonts.filter((line) => !/\syes\s+yes\s+\S+\s+\d+\s+\d+$/.test(line)),
      tagged: /^Tagged:\s+yes$/m.test(execFileSync('pdfinfo', [file], { encoding: 'utf8' })),
    };
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

  test(`the résumé links a short and a full PDF per paper, each real text on the paper, pages and size it names (${locale})`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/resume`);
    const downloads = page.getByRole('list', { name: t.ResumeDownloads.label });
    const links = downloads.getByRole('link', { name: /^PDF/ });
    const files = resumePdfs(locale);
    await expect(links).toHaveCount(files.length);
    const profile = content.profile(locale);
    for (const [index, file] of files.entries()) {
      const link = links.nth(index);
      const href = file.href;
      await expect(link).toHaveAttribute('href', href);
      // The paper's name, as the message's `select` gives it in this language.
      await expect(link).toContainText(new RegExp(`${file.paper} \\{([^}]*)\\}`).exec(t.ResumeDownloads.paper)?.[1] ?? file.paper);
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const body = await response.body();
      // What the file says is the same bytes on every host: read once, from the production server.
      if (test.info().project.name !== 'site') continue;
      const { sizes, info, links: targets } = await readPdf(body);
      // The link states the pages and the size the server sends.
      await expect(link).toContainText(`${sizes.length}`);
      await expect(link).toContainText(`${Math.round(body.length / 1024)}`);
      if (file.length === 'short') expect(sizes.length, href).toBeLessThanOrEqual(SHORT_RESUME_MAX_PAGES);
      else expect(sizes.length, href).toBeGreaterThan(SHORT_RESUME_MAX_PAGES);
      for (const { width, height } of sizes) {
        expect(Math.abs(width - points[file.paper].width), `${href} width ${width}`).toBeLessThanOrEqual(1);
        expect(Math.abs(height - points[file.paper].height), `${href} height ${height}`).toBeLessThanOrEqual(1);
      }
      expect(info).toMatchObject({ Language: locale, Title: expect.stringContaining(t.ResumePage.title) });

      // Machine-readable paper: text in reading order, links that work, fonts embedded and subset, tagged.
      const { text, fontsNotEmbedded, tagged } = poppler(body);
      // The short one opens with the name and contact line; the full one with its personal
      // details section, which holds them. Each fact is looked for after the one before it (a
      // heading's words also stand in the title and the timeline, earlier on the page).
      const opening = file.length === 'short' ? [profile.name, profile.email] : [t.ResumePage.profile, profile.name, profile.email];
      const order = [...opening, t.ResumePage.career, t.ResumePage.education, t.ResumePage.skills];
      const at = order.reduce<number[]>((found, fact) => [...found, text.indexOf(fact, (found.at(-1) ?? -1) + 1)], []);
      expect(
        at.every((position) => position >= 0),
        `${href} reads ${order.join(' → ')}: ${at.join(', ')}`,
      ).toBe(true);
      expect(fontsNotEmbedded, href).toEqual([]);
      expect(tagged, href).toBe(true);
      expect(targets, href).toEqual(expect.arrayContaining([`mailto:${profile.email}`, profile.github.url]));
      for (const target of targets) expect(target, href).toMatch(/^(https?:|mailto:)/);

      for (const title of [t.ResumePage.career, t.ResumePage.education, t.ResumePage.projects, t.ResumePage.certifications])
        expect(text, href).toContain(title);
      for (const job of content.experience(locale)) {
        expect(text, href).toContain(job.organization);
        expect(text, href).toContain(monthIn(locale, job.start));
        for (const position of job.positions) expect(text.replace(/\s+/g, ''), href).toContain(position.title.replace(/\s+/g, ''));
      }
      for (const project of content.projects(locale)) expect(text.replace(/\s+/g, ''), href).toContain(project.title.replace(/\s+/g, ''));
      for (const certification of content.certifications(locale)) expect(text, href).toContain(certification);
      for (const fact of facts(locale)) expect(text.replace(/\s+/g, ''), href).toContain(fact.replace(/\s+/g, ''));
      const foreign = content.experience(other(locale))[0]?.organization ?? '';
      if (!facts(locale).includes(foreign)) expect(text).not.toContain(foreign);
      expect(pdfQrCode(body, sizes.length), href).toBe(`${siteOrigin}/${locale}/resume`);
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
