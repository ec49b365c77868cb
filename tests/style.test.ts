/**
 * The machine-checkable rules of docs/style-guide.md, over the real content/ and messages/.
 * Run alone: node --import tsx --test tests/style.test.ts
 *
 * The rules about words (terms, spelling, brackets, spacing, ら抜き) are textlint's, run by
 * `npm run lint` (scripts/proofread.ts, textlint/): here each is fed a bad example it must catch,
 * so that a rule that never fires cannot pass unseen. The rules about a page's order and links
 * are small checkers here, each also fed a bad example first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { messageLines, proofreadFileList, proofreadFiles, proofreadText, splitContentFile } from '../scripts/proofread';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------------------------
// The files

type Locale = 'ja' | 'en';
type Doc = { file: string; key: string; locale: Locale; data: Record<string, unknown>; body: string };

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return /^(ja|en)\.md$/.test(entry.name) ? [path] : [];
  });
}

const docs: Doc[] = markdownFiles(join(root, 'content')).map((path) => {
  const { data, content } = matter(readFileSync(path, 'utf8'));
  const file = relative(root, path);
  return { file, key: file.replace(/(ja|en)\.md$/, ''), locale: file.endsWith('ja.md') ? 'ja' : 'en', data, body: content };
});
const docsIn = (locale: Locale) => docs.filter((doc) => doc.locale === locale);

type Text = { where: string; text: string };

/** Every string in front matter, with its path (`links.0.label`), in the file's order. */
function strings(value: unknown, path = ''): Text[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}.${i}`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Fields that are not prose: addresses, language codes, the shared `stack` facts. */
const NOT_PROSE = /(^|\.)(url|lang|email|stack|translationOf)(\.\d+)?$/;

// ---------------------------------------------------------------------------------------------
// The rules textlint does not hold: they are about a page's order and links, not its words

/** English: each abbreviation is spelled out, as "expansion (ABBR)", at its first use. */
const ABBREVIATIONS: Record<string, string> = {
  SOR: 'smart order routing',
  CCoE: 'Cloud Center of Excellence',
  APM: 'application performance monitoring',
};
function abbreviationProblems(textsInReadingOrder: string[]): string[] {
  const all = textsInReadingOrder.join('\n');
  return Object.entries(ABBREVIATIONS).flatMap(([abbr, expansion]) => {
    const first = new RegExp(`\\b${abbr}\\b`).exec(all);
    if (!first) return [];
    const spelledOut = all.slice(0, first.index).toLowerCase().endsWith(`${expansion.toLowerCase()} (`);
    return spelledOut ? [] : [`"${abbr}" is first used without "${expansion} (${abbr})"`];
  });
}

/** Front matter fields in the order a page shows them: profile lead, then project header and facts. */
const PAGE_ORDER = [
  'name',
  'jobTitle',
  'organization',
  'tagline',
  'highlights',
  'title',
  'summary',
  'service',
  'company',
  'role',
  'stack',
  'links',
];
/** Fields that are also shown alone: cards, social cards, meta descriptions. */
const STANDALONE = ['title', 'summary', 'tagline'];

function readingOrder(doc: Doc): string[] {
  const rank = (key: string) => (PAGE_ORDER.includes(key) ? PAGE_ORDER.indexOf(key) : PAGE_ORDER.length);
  const keys = Object.keys(doc.data).sort((a, b) => rank(a) - rank(b)); // stable: the rest keep the file's order
  return [
    ...keys.flatMap((key) =>
      strings(doc.data[key], key)
        .filter((t) => !NOT_PROSE.test(t.where))
        .map((t) => t.text),
    ),
    doc.body,
  ];
}

/** Pages in one language (docs/style-guide.md, "Links to pages in one language"). */
const SITE_LANGUAGE: Record<string, Locale | null> = {
  'sbigroup.co.jp': 'ja',
  'credly.com': 'en',
  'github.com': null,
};
function siteLanguage(url: string): Locale | null | undefined {
  const host = new URL(url).hostname;
  const site = Object.keys(SITE_LANGUAGE).find((name) => host === name || host.endsWith(`.${name}`));
  return site === undefined ? undefined : SITE_LANGUAGE[site];
}

type Link = { where: string; url: string; lang?: unknown };

/** Every object with a `url` in front matter: project links, the profile's GitHub and Credly. */
function frontMatterLinks(value: unknown, path = ''): Link[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => frontMatterLinks(item, `${path}.${i}`));
  if (!value || typeof value !== 'object' || value instanceof Date) return [];
  const here =
    'url' in value && typeof value.url === 'string'
      ? [{ where: path, url: value.url, lang: 'lang' in value ? value.lang : undefined }]
      : [];
  return [...here, ...Object.entries(value).flatMap(([key, item]) => frontMatterLinks(item, path ? `${path}.${key}` : key))];
}

/** The absolute URLs a Markdown body links to: [text](url) and <url>. */
const bodyUrls = (body: string): string[] => [...body.matchAll(/\]\((https?:[^)\s]+)|<(https?:[^>\s]+)>/g)].map((m) => m[1] ?? m[2] ?? '');

/** Links to a one-language page carry that `lang`; others carry none; body links are listed too. */
function linkLanguageProblems(links: Link[], urlsInBody: string[]): string[] {
  const problems: string[] = [];
  for (const link of links) {
    const expected = siteLanguage(link.url);
    if (expected === undefined) problems.push(`${link.where}: ${link.url} is on a site the style guide does not classify`);
    else if ((link.lang ?? null) !== expected) {
      problems.push(
        `${link.where}: ${link.url} needs ${expected ? `lang: ${expected}` : 'no lang'}, has ${JSON.stringify(link.lang ?? 'none')}`,
      );
    }
  }
  for (const url of urlsInBody) {
    const expected = siteLanguage(url);
    if (expected === undefined) problems.push(`body: ${url} is on a site the style guide does not classify`);
    else if (expected && !links.some((link) => link.url === url && link.lang === expected)) {
      problems.push(`body: ${url} is a ${expected} page; list it in front matter links with lang: ${expected}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The tests

describe('style: proofreading (textlint, npm run lint)', () => {
  // Each rule with a bad example it must catch, in the kind of text it holds.
  const cases: [string, 'ja' | 'en', 'body' | 'site', string, string][] = [
    ['ら抜き言葉', 'ja', 'body', 'ドキュメントが少なく、内部実装を見れる人がいませんでした。', 'no-dropping-the-ra'],
    ['a fixed term (ja)', 'ja', 'body', '株式会社 SBI bits に入社しました。', 'prh'],
    ['a fixed term (en)', 'en', 'body', 'I joined SBI Securities in 2023.', 'prh'],
    ['half-width brackets in Japanese', 'ja', 'body', 'サイドカー(Envoy)などに分割する案もありました。', 'prh'],
    ['a half-width colon after Japanese', 'ja', 'site', '最終更新: 2024年8月10日', 'prh'],
    ['a half-width · in Japanese', 'ja', 'site', 'ソフトウェアエンジニア · 株式会社 SBI 証券', 'prh'],
    ['a space between a number and its counter', 'ja', 'site', 'AWS 認定資格を 3 つ取得しました。', 'prh'],
    [
      'no space around a Latin word in site-written Japanese',
      'ja',
      'site',
      '既存のC++のコードをRustで書き直しました。',
      'ja-space-between-half-and-full-width',
    ],
    ['British spelling', 'en', 'site', 'I optimised the behaviour of the programme.', 'prh'],
    ['full-width punctuation in English', 'en', 'site', 'Rust（Go）', 'prh'],
  ];
  for (const [name, language, kind, text, rule] of cases) {
    it(`catches ${name}`, async () => {
      const { messages: problems } = await proofreadText(text, language, kind);
      assert.ok(
        problems.some((problem) => problem.ruleId === rule),
        `${rule} did not catch: ${text}`,
      );
    });
  }

  it('leaves the owner’s spacing in bodies alone, and good text alone', async () => {
    assert.deepEqual((await proofreadText('既存のC++のコードをRustで書き直しました。', 'ja', 'body')).messages, []);
    assert.deepEqual(
      (await proofreadText('既存の C++ のコードを Rust で書き直しました（p95）。最大150k/sec の処理', 'ja', 'site')).messages,
      [],
    );
    assert.deepEqual((await proofreadText('I rewrote it in Rust (p95): behavior, organization.', 'en', 'site')).messages, []);
  });

  it('reports a problem at its line in the file, in front matter and body', async () => {
    const file = ['---', 'title: SBI bits の開発', 'stack: [(Rust)]', '---', '', '## 詳細 {#details}', '', 'コードを見れる。'].join('\n');
    const { body, site } = splitContentFile(file);
    assert.deepEqual(
      (await proofreadText(site, 'ja', 'site')).messages.map((problem) => [
        problem.loc.start.line,
        problem.loc.start.column,
        problem.ruleId,
      ]),
      [[2, 8, 'prh']],
    );
    assert.deepEqual(
      (await proofreadText(body, 'ja', 'body')).messages.map((problem) => [problem.loc.start.line, problem.ruleId]),
      [[8, 'no-dropping-the-ra']],
    );
    assert.equal(messageLines('{\n  "A": {\n    "b": "見れる"\n  }\n}').split('\n')[2], '          見れる');
  });

  it('finds nothing in the content and messages', async () => {
    const files = proofreadFileList();
    assert.ok(files.some((file) => file.endsWith('ja.md')) && files.includes('messages/en.json'));
    const problems = (await proofreadFiles(files)).flatMap((result) =>
      result.messages.map((problem) => `${result.filePath}:${problem.loc.start.line} ${problem.message}`),
    );
    assert.deepEqual(problems, []);
  });
});

describe('style: one sentence ending per kind of text', () => {
  // Site-written Japanese sentences (summaries, highlights, the tagline after its job title) end in
  // です・ます, as the CV's own text does; titles and labels are not sentences.
  const sentences = (text: string) => text.split(/(?<=。)/).filter((sentence) => sentence.trim() !== '');
  const politeEnding = /(ます|ました|です|でした)(（[^）]*）)?。$/;
  const endingProblems = (where: string, text: string) =>
    sentences(text)
      .filter((sentence) => !politeEnding.test(sentence))
      .map((sentence) => `${where}: "${sentence}" does not end in です・ます`);

  it('ends every sentence of a Japanese summary and highlight in です・ます', () => {
    assert.equal(endingProblems('x', 'ゲートウェイサービスを担当するチームにチームリードとして参加。').length, 1);
    assert.deepEqual(endingProblems('x', 'AWS 認定資格を3つ取得しました（ソリューションアーキテクト）。統合するプロジェクトです。'), []);
    const problems = docsIn('ja').flatMap((doc) => [
      ...(typeof doc.data.summary === 'string' ? endingProblems(`${doc.file} summary`, doc.data.summary) : []),
      ...(Array.isArray(doc.data.highlights)
        ? doc.data.highlights.flatMap((text) => endingProblems(`${doc.file} highlights`, String(text)))
        : []),
      ...(typeof doc.data.tagline === 'string' ? endingProblems(`${doc.file} tagline`, doc.data.tagline).slice(1) : []),
    ]);
    assert.ok(docsIn('ja').some((doc) => typeof doc.data.summary === 'string'));
    assert.deepEqual(problems, []);
  });
});

describe('style: English', () => {
  it('spells out each abbreviation at its first use on a page, and in every text shown alone', () => {
    assert.equal(abbreviationProblems(['SOR order software', 'smart order routing (SOR)']).length, 1);
    assert.equal(abbreviationProblems(['CCoE, Architecture Promotion Department']).length, 1);
    assert.deepEqual(abbreviationProblems(['Smart order routing (SOR) software development', 'On the SOR software']), []);
    const problems = docsIn('en').flatMap((doc) => [
      ...abbreviationProblems(readingOrder(doc)).map((p) => `${doc.file}: ${p}`),
      ...STANDALONE.filter((key) => typeof doc.data[key] === 'string').flatMap((key) =>
        abbreviationProblems([String(doc.data[key])]).map((p) => `${doc.file} ${key} (shown alone): ${p}`),
      ),
    ]);
    assert.deepEqual(problems, []);
  });
});

describe('style: links to pages in one language', () => {
  it('marks each link with the language of its page, in front matter and for body links', () => {
    const jaPage = 'https://www.sbigroup.co.jp/news/pr/2024/0419_14589.html';
    assert.equal(linkLanguageProblems([{ where: 'links.0', url: jaPage }], []).length, 1);
    assert.equal(linkLanguageProblems([{ where: 'github', url: 'https://github.com/x', lang: 'en' }], []).length, 1);
    assert.equal(linkLanguageProblems([{ where: 'links.0', url: 'https://example.com/' }], []).length, 1);
    assert.equal(linkLanguageProblems([], [jaPage]).length, 1);
    assert.deepEqual(linkLanguageProblems([{ where: 'links.0', url: jaPage, lang: 'ja' }], [jaPage]), []);

    const problems = docs.flatMap((doc) =>
      linkLanguageProblems(frontMatterLinks(doc.data), bodyUrls(doc.body)).map((p) => `${doc.file} ${p}`),
    );
    assert.ok(docs.some((doc) => frontMatterLinks(doc.data).length > 0));
    assert.deepEqual(problems, []);
  });

  it('gives a URL the same lang in ja.md and en.md', () => {
    const langs = (doc: Doc) => Object.fromEntries(frontMatterLinks(doc.data).map((link) => [link.url, link.lang ?? null]));
    const problems = docsIn('ja').flatMap((ja) => {
      const en = docs.find((doc) => doc.key === ja.key && doc.locale === 'en');
      if (!en) return [];
      const here = langs(ja);
      const there = langs(en);
      return Object.keys({ ...here, ...there })
        .filter((url) => url in here && url in there && here[url] !== there[url])
        .map((url) => `${ja.key}{ja,en}.md: ${url} has lang ${JSON.stringify(here[url])} in ja.md, ${JSON.stringify(there[url])} in en.md`);
    });
    assert.deepEqual(problems, []);
  });
});
