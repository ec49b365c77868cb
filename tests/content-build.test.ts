import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const sandboxes: string[] = [];
after(() => sandboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the real content step (`contentlayer2 build`) on a copy of content/ changed by `edit`. */
function buildContent(edit: (content: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  sandboxes.push(dir);
  for (const entry of ['node_modules', 'lib', 'contentlayer.config.ts', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(root, entry), join(dir, entry));
  }
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  edit(join(dir, 'content'));
  // Contentlayer finds its working directory through PWD, not the process's cwd.
  const env = { ...process.env, PWD: dir, INIT_CWD: dir };
  const run = spawnSync(join(root, 'node_modules/.bin/contentlayer2'), ['build'], { cwd: dir, env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function rewrite(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('content step on a bad content tree', () => {
  it('passes on the real content', () => {
    const { status, output } = buildContent(() => {});
    assert.equal(status, 0, output);
  });

  it('fails on a missing required field, naming file and field', () => {
    const { status, output } = buildContent((content) =>
      rewrite(join(content, 'projects/jp-us-trading-app/en.md'), (text) => text.replace(/^title: .*\n/m, '')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /projects\/jp-us-trading-app\/en\.md/);
    assert.match(output, /title/);
  });

  it('fails on a field of the wrong type', () => {
    const { status, output } = buildContent((content) =>
      rewrite(join(content, 'projects/sor-order-routing/ja.md'), (text) => text.replace(/^teamSize: .*$/m, 'teamSize: three')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /projects\/sor-order-routing\/ja\.md/);
    assert.match(output, /teamSize/);
  });

  it('fails on an enum value outside its options', () => {
    const { status, output } = buildContent((content) =>
      rewrite(join(content, 'experience/sbi-bits/en.md'), (text) => text.replace('kind: employment', 'kind: freelance')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /experience\/sbi-bits\/en\.md/);
    assert.match(output, /kind/);
  });

  it('fails on a file whose locale is not ja or en', () => {
    const { status, output } = buildContent((content) =>
      cpSync(join(content, 'projects/other-work/en.md'), join(content, 'projects/other-work/de.md')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /content\/projects\/other-work\/de\.md: locale "de"/);
  });

  it('fails on a published document missing one translation', () => {
    const { status, output } = buildContent((content) => rmSync(join(content, 'education/hosei-university/en.md')));
    assert.notEqual(status, 0);
    assert.match(output, /content\/education\/hosei-university\/ja\.md: published, but has no en translation/);
  });

  it('allows a draft in one locale only', () => {
    const { status, output } = buildContent((content) => rmSync(join(content, 'projects/st-token/en.md')));
    assert.equal(status, 0, output);
  });

  it('fails on two documents sharing a slug', () => {
    const { status, output } = buildContent((content) =>
      cpSync(join(content, 'projects/other-work'), join(content, 'projects/archive/other-work'), { recursive: true }),
    );
    assert.notEqual(status, 0);
    assert.match(output, /content\/projects\/archive\/other-work\/(ja|en)\.md: slug "other-work" is already used/);
  });

  it('fails on raw HTML in a body: a <script> or an onerror= never reaches a page', () => {
    for (const html of ['<script>alert(1)</script>', '<img src="x" onerror="alert(1)">']) {
      const { status, output } = buildContent((content) =>
        rewrite(join(content, 'projects/other-work/en.md'), (text) => `${text}\n${html}\n`),
      );
      assert.notEqual(status, 0);
      assert.match(output, /projects\/other-work\/en\.md/);
      assert.match(output, /raw HTML is not allowed/);
    }
  });

  it('fails on a body heading without a stable id', () => {
    const { status, output } = buildContent((content) =>
      rewrite(join(content, 'projects/jp-us-trading-app/ja.md'), (text) => text.replace(' {#connection-management}', '')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /projects\/jp-us-trading-app\/ja\.md/);
    assert.match(output, /has no stable id/);
  });
});
