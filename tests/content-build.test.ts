import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { listFiles } from '@/lib/files';
import { buildContent, root, type ContentBuild } from './support/content-build';

// The real content step on copies of the fixture tree, changed as an author might change it.
const builds: ContentBuild[] = [];
after(() => {
  for (const build of builds) rmSync(build.dir, { recursive: true, force: true });
});
function build(options: Parameters<typeof buildContent>[0] = {}) {
  const result = buildContent(options);
  builds.push(result);
  return result;
}

/** The fixture as a release builds it: `npm run test:unit` builds it first, for every test file. */
const fixtureRelease: ContentBuild = { status: 0, output: '', dir: join(root, 'tests/.fixture-content'), content: '' };

let draftsShown: ContentBuild | undefined;
/** The fixture as `npm run dev` builds it, drafts shown: one build for the tests that read it. */
const withDrafts = () => (draftsShown ??= build({ drafts: true }));

function rewrite(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Every generated file's text: what the site is built from. */
function generatedText(result: ContentBuild): string {
  const dir = join(result.dir, '.contentlayer/generated');
  return listFiles(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

describe('drafts, decided by the content step', () => {
  it('leaves every draft project out of a release, and every draft section out of what pages render', () => {
    const result = fixtureRelease;
    const text = generatedText(result);
    for (const draft of ['gamma', 'delta', 'Gamma secret body', 'ガンマの秘密の本文', 'data-draft']) {
      assert.ok(!text.includes(draft), `"${draft}" is in the generated content`);
    }
    // Their titles are names the CV gives: kept, as names only (the profile's namedProjects).
    for (const name of ['Gamma draft', 'ガンマ下書き', 'デルタ下書き']) assert.ok(text.includes(name), `"${name}" is not named`);
    // The source Markdown stays in the generated data (Contentlayer keeps it); the site is built
    // from the rendered fields, and tests/export/drafts.test.ts searches the built site for every draft.
    const projects: unknown = JSON.parse(readFileSync(join(result.dir, '.contentlayer/generated/Project/_index.json'), 'utf8'));
    assert.ok(Array.isArray(projects) && projects.length > 0);
    const rendered = projects
      .flatMap((project: unknown): unknown[] =>
        typeof project === 'object' && project !== null ? [Reflect.get(project, 'html'), Reflect.get(project, 'resumeHtml')] : [],
      )
      .map(String)
      .join('\n');
    for (const draft of ['secret', '秘密', 'Later', '将来', 'later']) assert.ok(!rendered.includes(draft), `"${draft}" is rendered`);
  });

  it('shows them, badged in the page language, where drafts are shown (npm run dev)', () => {
    const result = withDrafts();
    assert.equal(result.status, 0, result.output);
    const text = generatedText(result);
    assert.match(text, /projects\/gamma\/en\.md/);
    assert.match(text, /<h3 id=\\"later\\" data-draft=\\"Draft\\">/);
    assert.match(text, /<h3 id=\\"later\\" data-draft=\\"下書き\\">/);
  });
});

describe('translations: each en.md records the ja.md it translates', () => {
  const editSource = (content: string) =>
    rewrite(join(content, 'projects/alpha/ja.md'), (text) => text.replace('速くしました。', 'とても速くしました。'));

  it('lists a translation whose source changed, and a release stops on it, saying how to mark it', () => {
    const listed = build({ edit: editSource });
    assert.equal(listed.status, 0, listed.output);
    assert.match(listed.output, /content\/projects\/alpha\/en\.md \(source: content\/projects\/alpha\/ja\.md\)/);

    const release = build({ edit: editSource, release: true });
    assert.notEqual(release.status, 0);
    assert.match(release.output, /1 translation is older than ja\.md/);
    assert.match(release.output, /npm run translated -- content\/projects\/alpha\/en\.md/);
  });

  it('takes the translation once it is marked with npm run translated', () => {
    const release = build({
      release: true,
      edit: (content) => {
        editSource(content);
        const mark = spawnSync(
          join(root, 'node_modules/.bin/tsx'),
          [join(root, 'scripts/translated.ts'), join(content, 'projects/alpha/en.md')],
          {
            env: { ...process.env, CONTENT_DIR: content },
            encoding: 'utf8',
          },
        );
        assert.equal(mark.status, 0, mark.stderr);
      },
    });
    assert.equal(release.status, 0, release.output);
  });

  it('counts an unmarked translation as stale, and a changed fact (checked directly) as not', () => {
    const result = build({
      release: true,
      edit: (content) => {
        rewrite(join(content, 'skills/en.md'), (text) => text.replace(/^translationOf: .*\n/m, ''));
        for (const locale of ['ja', 'en'])
          rewrite(join(content, `projects/alpha/${locale}.md`), (text) => text.replace('teamSize: 2', 'teamSize: 5'));
      },
    });
    assert.notEqual(result.status, 0);
    assert.match(result.output, /1 translation is older than ja\.md/);
    assert.match(result.output, /content\/skills\/en\.md/);
    assert.doesNotMatch(result.output, /content\/projects\/alpha\/en\.md/);
  });
});

describe('invalid content fails the step, naming the file and the field', () => {
  // Every problem is named in one run, so the cases share a build per stage that reports them:
  // Contentlayer's schema check, the rendering of bodies (computed fields), and the content
  // step's own checks (which run only once the other two pass). Each case still asserts its own
  // file and field in that build's output, and each build must fail.
  type Stage = 'schema' | 'render' | 'content';
  const cases: [string, Stage, (content: string) => void, RegExp[]][] = [
    [
      'a missing required field',
      'schema',
      (c) => rewrite(join(c, 'projects/alpha/en.md'), (t) => t.replace(/^title: .*\n/m, '')),
      [/projects\/alpha\/en\.md/, /title/],
    ],
    [
      'a field of the wrong type',
      'schema',
      (c) => rewrite(join(c, 'projects/beta/ja.md'), (t) => t.replace('order: 2', 'order: two')),
      [/projects\/beta\/ja\.md/, /order/],
    ],
    [
      'an enum value outside its options',
      'content',
      (c) => rewrite(join(c, 'experience/acme/en.md'), (t) => t.replace('kind: employment', 'kind: freelance')),
      [/experience\/acme\/en\.md/, /kind/],
    ],
    [
      'a file whose name is no locale',
      'content',
      (c) => cpSync(join(c, 'projects/beta/en.md'), join(c, 'projects/beta/de.md')),
      [/content\/projects\/beta\/de\.md: locale "de"/],
    ],
    [
      'a published document without its translation',
      'content',
      (c) => rmSync(join(c, 'education/university/en.md')),
      [/content\/education\/university\/ja\.md: published, but has no en translation/],
    ],
    [
      'two documents sharing a slug',
      'content',
      (c) => cpSync(join(c, 'projects/beta'), join(c, 'projects/archive/beta'), { recursive: true }),
      [/slug "beta" is already used/],
    ],
    [
      'a fact that differs between the translations',
      'content',
      (c) => rewrite(join(c, 'projects/alpha/en.md'), (t) => t.replace('teamSize: 2', 'teamSize: 3')),
      [/content\/projects\/alpha\/en\.md: field "teamSize" is 3 but content\/projects\/alpha\/ja\.md has 2/],
    ],
    [
      'a translation mark in the source file',
      'content',
      (c) => rewrite(join(c, 'skills/ja.md'), (t) => t.replace('---\n', '---\ntranslationOf: 0123456789abcdef\n')),
      [/content\/skills\/ja\.md: field "translationOf" belongs in translations only/],
    ],
    [
      'raw HTML in a body',
      'render',
      (c) => rewrite(join(c, 'projects/beta/en.md'), (t) => `${t}\n<img src="x" onerror="alert(1)">\n`),
      [/projects\/beta\/en\.md/, /raw HTML is not allowed/],
    ],
    [
      'a heading without an id',
      'render',
      (c) => rewrite(join(c, 'projects/alpha/ja.md'), (t) => t.replace(' {#speed}', '')),
      [/projects\/alpha\/ja\.md/, /has no stable id/],
    ],
    [
      'an unquoted colon that turns a list item into a mapping',
      'content',
      (c) => rewrite(join(c, 'profile/en.md'), (t) => t.replace('  - I built Alpha.', '  - Built: Alpha')),
      [/content\/profile\/en\.md: field "highlights" has an item that is not text/],
    ],
    [
      'a technology with no Latin letters for its URL',
      'content',
      (c) => {
        for (const locale of ['ja', 'en'])
          rewrite(join(c, `projects/beta/${locale}.md`), (t) => t.replace('stack: [c++, AWS CDK]', 'stack: [c++, 日本語]'));
      },
      [/content\/projects\/beta\/ja\.md: technology "日本語" gives no URL slug/],
    ],
  ];
  const stageBuilds = new Map<Stage, ContentBuild>();
  const buildOf = (stage: Stage) => {
    const found = stageBuilds.get(stage);
    if (found) return found;
    const result = build({
      edit: (content) => {
        for (const [, caseStage, edit] of cases) if (caseStage === stage) edit(content);
      },
    });
    stageBuilds.set(stage, result);
    return result;
  };
  for (const [what, stage, , patterns] of cases) {
    it(`fails on ${what}`, () => {
      const result = buildOf(stage);
      assert.notEqual(result.status, 0, `passed despite ${what}`);
      for (const pattern of patterns) assert.match(result.output, pattern);
    });
  }

  it('allows a draft in one locale only', () => {
    const result = withDrafts();
    assert.equal(result.status, 0, result.output);
  });
});

describe('the owner’s content', () => {
  it('passes the content step', () => {
    const result = build({ from: join(root, 'content') });
    assert.equal(result.status, 0, result.output);
  });
});
