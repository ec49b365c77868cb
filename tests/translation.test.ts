import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { markTranslation, parseContentFile, proseHash, sourceFileOf } from '@/lib/content-source';
import { fixtureContent, root } from './support/content-build';

const hashOf = (file: string, text: string) => proseHash(parseContentFile(file, text));

const source = `---
title: アルファ
teamSize: 2
stack: [Rust]
links:
  - label: お知らせ
    url: https://example.jp/a
order: 1
---

本文。
`;

describe('the prose hash a translation records', () => {
  const hash = hashOf('projects/alpha/ja.md', source);

  it('changes with the prose: body and translatable fields', () => {
    assert.match(hash, /^[0-9a-f]{16}$/);
    assert.notEqual(hashOf('projects/alpha/ja.md', source.replace('本文。', '本文です。')), hash);
    assert.notEqual(hashOf('projects/alpha/ja.md', source.replace('title: アルファ', 'title: アルファ２')), hash);
    assert.notEqual(hashOf('projects/alpha/ja.md', source.replace('label: お知らせ', 'label: 告知')), hash);
  });

  it('ignores the shared facts (compared directly), their order, line endings and a mark', () => {
    assert.equal(hashOf('projects/alpha/ja.md', source.replace('teamSize: 2', 'teamSize: 3').replace('order: 1', 'order: 7')), hash);
    assert.equal(hashOf('projects/alpha/ja.md', source.replace('https://example.jp/a', 'https://example.jp/b')), hash);
    assert.equal(hashOf('projects/alpha/ja.md', source.replace('title: アルファ\nteamSize: 2', 'teamSize: 2\ntitle: アルファ')), hash);
    assert.equal(hashOf('projects/alpha/ja.md', source.replaceAll('\n', '\r\n')), hash);
    assert.equal(hashOf('projects/alpha/ja.md', source.replace('order: 1', 'order: 1\ntranslationOf: abc')), hash);
  });

  it('reads the shared facts of the document type from its folder', () => {
    const profile = `---\nemail: a@example.com\nname: 山田\n---\n`;
    assert.equal(hashOf('profile/ja.md', profile), hashOf('profile/ja.md', profile.replace('a@example.com', 'b@example.com')));
    assert.notEqual(hashOf('projects/x/ja.md', profile), hashOf('projects/x/ja.md', profile.replace('a@example.com', 'b@example.com')));
  });

  it('names the source of a translation', () => {
    assert.equal(sourceFileOf('projects/alpha/en.md'), 'projects/alpha/ja.md');
    assert.equal(sourceFileOf('skills/en.md'), 'skills/ja.md');
  });
});

describe('marking a translation', () => {
  it('writes the mark into the front matter and leaves the rest of the file as it was', () => {
    const file = '---\ntitle: Alpha\norder: 1\n---\n\nBody.\n';
    assert.equal(markTranslation(file, 'aaaa'), '---\ntitle: Alpha\norder: 1\ntranslationOf: aaaa\n---\n\nBody.\n');
    assert.equal(
      markTranslation(markTranslation(file, 'aaaa'), 'bbbb'),
      '---\ntitle: Alpha\norder: 1\ntranslationOf: bbbb\n---\n\nBody.\n',
    );
    assert.throws(() => markTranslation('No front matter.\n', 'aaaa'), /no front matter/);
  });

  describe('npm run translated -- FILE…', () => {
    const content = mkdtempSync(join(tmpdir(), 'translated-'));
    cpSync(fixtureContent, content, { recursive: true });
    after(() => {
      rmSync(content, { recursive: true, force: true });
    });
    const translated = (...files: string[]) =>
      spawnSync('npm', ['run', '--silent', 'translated', '--', ...files], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content },
        encoding: 'utf8',
      });

    it('records the current hash of the source in each file named', () => {
      const file = join(content, 'projects/beta/en.md');
      const result = translated(file);
      assert.equal(result.status, 0, result.stderr);
      const hash = hashOf('projects/beta/ja.md', readFileSync(join(content, 'projects/beta/ja.md'), 'utf8'));
      assert.match(readFileSync(file, 'utf8'), new RegExp(`^translationOf: ${hash}$`, 'm'));
      assert.match(result.stdout, /marked as the translation of/);
    });

    it('refuses a source file, a file outside the content and a translation without its source, naming each', () => {
      const result = translated(join(content, 'projects/beta/ja.md'), join(root, 'README.md'), join(content, 'projects/nowhere/en.md'));
      assert.equal(result.status, 2);
      assert.match(result.stderr, /projects\/beta\/ja\.md: not a translation/);
      assert.match(result.stderr, /README\.md: not a content file/);
      assert.match(result.stderr, /nowhere\/en\.md: its source .* does not exist/);
    });

    it('explains itself when given nothing', () => {
      const result = translated();
      assert.equal(result.status, 2);
      assert.match(result.stderr, /Usage: npm run translated -- /);
    });
  });
});
