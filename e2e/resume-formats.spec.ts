import { validate } from '@jsonresume/schema';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { locales, messages } from './utils';

// Facts that a reader of either version must find, as the CV states them.
const facts = {
  ja: ['飯泉瑠偉', '株式会社 SBI 証券', '2023年3月', '法政大学', 'AWS 認定ソリューションアーキテクト – プロフェッショナル', '最大150k/sec'],
  en: ['Rui Iizumi', 'SBI SECURITIES Co., Ltd.', 'Mar 2023', 'Hosei University', 'AWS Certified Solutions Architect – Professional', '150k requests/sec'],
};

async function pdfText(data: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  const { info } = await pdf.getMetadata();
  return { text: pages.join('\n'), info: Object(info), pages: pdf.numPages };
}

for (const locale of locales) {
  const t = messages[locale];

  test(`printing the résumé leaves only the document (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/resume`);
    await expect(page.getByRole('button', { name: t.ResumeDownloads.print })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('list', { name: t.ResumeDownloads.label })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: t.ResumePage.title })).toBeVisible();
    await expect(page.getByRole('main').getByText(`${t.ResumePage.lastUpdated}:`)).toBeVisible();
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });

  test(`the résumé PDF is real A4 text in ${locale}`, async ({ page, request }) => {
    await page.goto(`/${locale}/resume`);
    const link = page.getByRole('link', { name: /^PDF/ });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/${locale}/resume.pdf`);
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const body = await response.body();
    // The link states the size the server sends.
    await expect(link).toContainText(`${Math.round(body.length / 1024)}`);

    const { text, info } = await pdfText(body);
    expect(info.Language).toBe(locale);
    expect(info.Title).toContain(t.ResumePage.title);
    for (const title of [t.ResumePage.profile, t.ResumePage.career, t.ResumePage.education, t.ResumePage.projects, t.ResumePage.skills, t.ResumePage.certifications]) {
      expect(text).toContain(title);
    }
    for (const fact of facts[locale]) expect(text).toContain(fact);
    for (const fact of facts[locale === 'ja' ? 'en' : 'ja'].slice(2, 4)) expect(text).not.toContain(fact);
  });

  test(`the JSON Resume is valid and says what the page says (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/resume`);
    const href = await page.getByRole('link', { name: t.ResumeDownloads.json }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const resume = await response.json();
    validate(resume, (errors) => expect(errors).toBeNull());

    const main = page.getByRole('main');
    await expect(main.getByText(resume.basics.email)).toBeVisible();
    for (const job of resume.work) await expect(main.getByText(job.name).first()).toBeVisible();
    for (const project of resume.projects) await expect(main.getByRole('link', { name: project.name })).toBeVisible();
    expect(resume.certificates.map((certificate: { name: string }) => certificate.name)).toEqual(
      await main.getByRole('region', { name: t.ResumePage.certifications }).getByRole('listitem').allInnerTexts(),
    );
  });
}

test('a project page prints without the site around it', async ({ page }) => {
  await page.goto('/en/projects/jp-us-trading-app');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: messages.en.ProjectPage.pagination })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // External links are written out on paper.
  const after = await page.getByRole('link', { name: 'Website renewal' }).evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://www.sbigroup.co.jp/news/pr/2024/0625_14740.html');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the résumé offers no print button that could not work, but the files still', async ({ page }) => {
    await page.goto('/ja/resume');
    const downloads = page.getByRole('list', { name: messages.ja.ResumeDownloads.label });
    await expect(downloads.getByRole('link', { name: messages.ja.ResumeDownloads.json })).toBeVisible();
    await expect(downloads.getByRole('link', { name: /^PDF/ })).toBeVisible();
    await expect(page.getByRole('button', { name: messages.ja.ResumeDownloads.print })).toBeHidden();
  });
});
