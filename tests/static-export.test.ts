import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listFiles } from '@/lib/files';
import { checkStaticExport, findClientComponents, removeFrameworkJavaScript, stripStaticExport } from '@/scripts/static-export';
import { root } from './support/content-build';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function exportTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'out-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// What a real `next build` exports, of a tiny app shaped like the site (tests/fixtures/next-app:
// a static page with JSON-LD and the enhancement script, a dynamic route, a global 404 page,
// robots.txt, a style sheet, and one client component): a Next upgrade that changes the
// export's shape changes what these tests see.
const app = join(root, 'tests/fixtures/next-app');
const built = { distDir: join(app, '.next'), out: '' };
before(() => {
  rmSync(join(app, 'out'), { recursive: true, force: true });
  const { status, stdout, stderr } = spawnSync('npx', ['next', 'build', app], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(status, 0, `next build of the fixture app failed:\n${stdout}${stderr}`);
  // A copy of the export as Next wrote it, for each test to strip or read.
  built.out = mkdtempSync(join(tmpdir(), 'next-export-'));
  dirs.push(built.out, join(app, 'out'), built.distDir);
  cpSync(join(app, 'out'), built.out, { recursive: true });
});
const freshExport = () => {
  const dir = mkdtempSync(join(tmpdir(), 'out-'));
  dirs.push(dir);
  cpSync(built.out, dir, { recursive: true });
  return dir;
};

describe('findClientComponents', () => {
  it('names the app’s client component, and none of Next’s own', () => {
    assert.deepEqual(findClientComponents(built.distDir), [
      "tests/fixtures/next-app/app/counter.jsx is a client component ('use client'): the site ships no framework JavaScript, so it would never hydrate",
    ]);
  });

  it('fails where Next left no manifest to read, rather than seeing nothing', () => {
    const [problem, ...rest] = findClientComponents(exportTree({ 'server/app/page.js': '' }));
    assert.match(problem ?? '', /no client reference manifest/);
    assert.deepEqual(rest, []);
  });
});

describe('removeFrameworkJavaScript, on a real export', () => {
  it('leaves each page its content, its style sheet, JSON-LD and the enhancement script only', () => {
    const out = freshExport();
    removeFrameworkJavaScript(out);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.deepEqual(
      [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]),
      ['<script type="application/ld+json">', '<script src="/site.js" defer>'],
    );
    assert.match(html, /"name":"a < b"/);
    assert.match(html, /<h1>Fixture home<\/h1>/);
    assert.match(html, /<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    assert.doesNotMatch(html, /__next_f|preload|_next\/static\/[^"]+\.js/);
    assert.match(readFileSync(join(out, 'notes/beta.html'), 'utf8'), /<h1>Note <!-- -->beta<\/h1>/);
  });

  it('deletes the files nothing requests any more, and keeps every other', () => {
    const out = freshExport();
    removeFrameworkJavaScript(out);
    const css = listFiles(out).filter((file) => file.endsWith('.css'));
    assert.equal(css.length, 1);
    assert.deepEqual(
      listFiles(out),
      ['404.html', ...css, 'index.html', 'notes/alpha.html', 'notes/beta.html', 'robots.txt', 'site.js'].sort(),
    );
  });
});

describe('checkStaticExport', () => {
  it('finds nothing on the stripped export', () => {
    const out = freshExport();
    removeFrameworkJavaScript(out);
    assert.deepEqual(checkStaticExport(out), []);
  });

  it('names each page that keeps a script and each file it does not know, on the export as Next wrote it', () => {
    const problems = checkStaticExport(freshExport());
    assert.ok(
      problems.some((problem) => /^out\/index\.html keeps a script: <script \/_next\/static\/.+\.js/.test(problem)),
      problems.join('\n'),
    );
    assert.ok(problems.includes('out/index.txt is a file the strip does not know (scripts/static-export.ts)'), problems.join('\n'));
    assert.ok(problems.some((problem) => /^out\/_next\/static\/.+\.js is a file the strip does not know/.test(problem)));
  });
});

describe('stripStaticExport', () => {
  it('refuses an app with a client component, naming it, before touching out/', () => {
    const out = freshExport();
    const before = listFiles(out);
    assert.deepEqual(stripStaticExport(out, built.distDir), findClientComponents(built.distDir));
    assert.deepEqual(listFiles(out), before);
    assert.ok(existsSync(join(out, 'index.txt')));
  });
});
