/**
 * The machine-checkable rules of docs/style-guide.md, over the real content/ and messages/.
 * Run alone: node --import tsx --test tests/style.test.ts
 *
 * Each rule is a small checker (text in, problems out). A test runs it over every file it applies
 * to, and first feeds it a bad example, so that a checker that never fires cannot pass unseen.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';

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

const messages = (locale: Locale): Text[] =>
  strings(JSON.parse(readFileSync(join(root, 'messages', `${locale}.json`), 'utf8'))).map((t) => ({
    where: `messages/${locale}.json ${t.where}`,
    text: t.text,
  }));

/** Fields that are not prose: addresses, language codes, the shared `stack` facts. */
const NOT_PROSE = /(^|\.)(url|lang|email|stack|translationOf)(\.\d+)?$/;

/** The prose of a document: its front matter strings and its body. */
function prose(doc: Doc): Text[] {
  return [
    ...strings(doc.data)
      .filter((t) => !NOT_PROSE.test(t.where))
      .map((t) => ({ where: `${doc.file} ${t.where}`, text: t.text })),
    { where: `${doc.file} body`, text: doc.body },
  ];
}

/** Markdown without what is not prose: code, link targets, bare URLs, heading attributes. */
function withoutMarkup(text: string): string {
  return text
    .replace(/`[^`]*`/g, '')
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, ']') // a link target, even with (parentheses) in it
    .replace(/<?https?:\/\/[^\s>)]+>?/g, '')
    .replace(/\{[#.][^}]*\}/g, '');
}

/** Runs a checker over texts and names each problem's place. */
function problemsIn(texts: Text[], checker: (text: string) => string[]): string[] {
  return texts.flatMap(({ where, text }) => checker(text).map((problem) => `${where}: ${problem}`));
}

// ---------------------------------------------------------------------------------------------
// The rules

const JAPANESE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー`;

/** Japanese: no half-width colon right after Japanese (最終更新: → 最終更新：, or no colon). */
function japaneseColonProblems(text: string): string[] {
  return [...withoutMarkup(text).matchAll(new RegExp(`[${JAPANESE}]\\s*:`, 'gu'))].map((m) => `half-width colon after Japanese: "${m[0]}"`);
}

/** Japanese prose: parentheses are full-width （）, whatever they enclose. */
function halfWidthBracketProblems(text: string): string[] {
  const plain = withoutMarkup(text);
  return [...plain.matchAll(/[()]/g)].map(
    (m) => `half-width "${m[0]}" in Japanese prose: "${plain.slice(Math.max(0, m.index - 8), m.index + 8)}"`,
  );
}

/** English: no full-width punctuation. */
function fullWidthPunctuationProblems(text: string): string[] {
  return [...text.matchAll(/[（）：、。「」【】]/gu)].map((m) => `full-width "${m[0]}" in English`);
}

/** English: American spelling. A short list of British forms, each a whole word. */
const BRITISH = [
  /\b\w*(?:behavio|colo|favo|hono|labo|neighbo)urs?\b/gi,
  /\b(?:organi|recogni|reali|optimi|priori|summari|customi|standardi|utili|minimi|maximi|initiali|seriali|normali|visuali|authori|categori|emphasi|speciali|virtuali|moderni|synchroni)s(?:e|ed|es|ing|ation|ations)\b/gi,
  /\banalys(?:e|ed|ing)\b/gi,
  /\b(?:centre|programme|licence|catalogue|whilst|amongst|learnt|judgement)s?\b/gi,
  /\b(?:travell|modell|cancell|labell|signall|channell|fuell|levell|totall)(?:ed|ing|er|ers)\b/gi,
];
function britishSpellingProblems(text: string): string[] {
  return BRITISH.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `British spelling "${m[0]}"`));
}

/** Fixed terms: variants the style guide replaced, per language. */
const NOT_THESE: Record<Locale, [RegExp, string][]> = {
  en: [
    [/SBI Securities/g, 'SBI SECURITIES'],
    [/SBI (?!BITS\b)bits\b/gi, 'SBI BITS'],
    [/\bMiddle software engineer/gi, 'Mid-level software engineer'],
    [/(?<!Non-degree )\bresearch student/gi, 'Non-degree research student'],
    [/order-book quote/gi, 'order book and quote data'],
  ],
  ja: [[/SBI bits/g, 'SBI BITS']],
};
function termProblems(locale: Locale, text: string): string[] {
  return NOT_THESE[locale].flatMap(([pattern, term]) => [...text.matchAll(pattern)].map((m) => `"${m[0]}": write "${term}"`));
}

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

describe('style: Japanese', () => {
  it('has no half-width colon after Japanese (messages/ja.json, content ja.md)', () => {
    assert.deepEqual(japaneseColonProblems('最終更新: '), ['half-width colon after Japanese: "新:"']);
    assert.equal(japaneseColonProblems('担当 : 設計').length, 1);
    assert.deepEqual(japaneseColonProblems('最終更新：2024年8月10日 https://example.com/a:b'), []);
    const texts = [...messages('ja'), ...docsIn('ja').flatMap(prose)];
    assert.ok(texts.length > 0);
    assert.deepEqual(problemsIn(texts, japaneseColonProblems), []);
  });

  it('uses full-width brackets in Japanese prose (stack values, URLs and code aside)', () => {
    assert.equal(halfWidthBracketProblems('ダークプール取引(立会外市場)').length, 2);
    assert.equal(halfWidthBracketProblems('サイドカー(Envoy)').length, 2);
    assert.deepEqual(halfWidthBracketProblems('SBI クロスの[開発](https://example.com/(x)) `f(x)` ### 見出し {#id}'), []);
    assert.deepEqual(halfWidthBracketProblems('ダークプール取引（立会外市場）'), []);
    assert.deepEqual(problemsIn([...messages('ja'), ...docsIn('ja').flatMap(prose)], halfWidthBracketProblems), []);
  });

  it('writes the fixed terms of the style guide', () => {
    assert.equal(termProblems('ja', '株式会社 SBI bits').length, 1);
    assert.deepEqual(
      problemsIn(docsIn('ja').flatMap(prose), (text) => termProblems('ja', text)),
      [],
    );
  });
});

describe('style: English', () => {
  const english = () => [...messages('en'), ...docsIn('en').flatMap(prose)];

  it('uses American spelling', () => {
    assert.equal(britishSpellingProblems('This behaviour of the organisation’s programme centre').length, 4);
    assert.equal(britishSpellingProblems('optimised, travelled, colours, analyse').length, 4);
    assert.deepEqual(
      britishSpellingProblems('behavior, organization, program, programmer, center, analysis, enterprise, modeling, spelling, excelled'),
      [],
    );
    assert.deepEqual(problemsIn(english(), britishSpellingProblems), []);
  });

  it('has no full-width punctuation', () => {
    assert.equal(fullWidthPunctuationProblems('Rust（Go）').length, 2);
    assert.deepEqual(problemsIn(english(), fullWidthPunctuationProblems), []);
  });

  it('writes the fixed terms of the style guide', () => {
    assert.equal(termProblems('en', 'Middle software engineer at SBI Securities, research student').length, 3);
    assert.deepEqual(termProblems('en', 'Non-degree research student'), []);
    assert.deepEqual(
      problemsIn(english(), (text) => termProblems('en', text)),
      [],
    );
  });

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
