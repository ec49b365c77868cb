import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cacheControlFor } from '../../lib/http-headers.mjs';
import { checkFileExtensions, contentGroups, hasStaticExport, listFiles, syncFilters, type ContentGroup } from '../lib/site-content.ts';
import { exportFixture, makeStaticExport } from './support/site-app.ts';

/** aws s3 sync's pattern match (fnmatch: `*` matches `/` too), for the patterns the groups use. */
const matches = (pattern: string, file: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(file);

/** The group whose deployment uploads a file: the first scoped group it matches, else the rest. */
const groupOf = (file: string): ContentGroup => {
  const group =
    contentGroups.find((candidate) => candidate.patterns?.some((pattern) => matches(pattern, file))) ??
    contentGroups.find((candidate) => candidate.patterns === undefined);
  assert.ok(group, `no group takes ${file}`);
  return group;
};

describe('content groups', () => {
  it('have one catch-all group, and every other group is a disjoint set of patterns', () => {
    const catchAll = contentGroups.filter((group) => group.patterns === undefined);
    assert.equal(catchAll.length, 1);
    const patterns = contentGroups.flatMap((group) => group.patterns ?? []);
    assert.equal(new Set(patterns).size, patterns.length);
    assert.deepEqual(new Set(contentGroups.map((group) => group.id)).size, contentGroups.length);
  });

  it('give each scoped group only its patterns, and the catch-all everything but theirs', () => {
    for (const group of contentGroups) {
      const filters = syncFilters(group);
      if (group.patterns) {
        assert.deepEqual(filters, { exclude: ['*'], include: group.patterns });
      } else {
        assert.deepEqual(filters, { exclude: contentGroups.flatMap((other) => other.patterns ?? []) });
      }
    }
  });

  it('give every file the Cache-Control that lib/http-headers.mjs (and so the local server) gives its path', () => {
    assert.equal(groupOf('_next/static/chunks/0123abcd.css').id, 'StaticAssets');
    assert.equal(groupOf('ja/projects/demo/card.png').id, 'Pages');
    for (const file of Object.keys(exportFixture)) {
      assert.equal(groupOf(file).cacheControl, cacheControlFor(`/${file}`), file);
    }
  });
});

describe('the static export checks', () => {
  it('list out/ with / separators, sorted', () => {
    const dir = makeStaticExport();
    assert.deepEqual(listFiles(dir), Object.keys(exportFixture).sort());
    rmSync(dir, { recursive: true });
  });

  it('accept a missing out/, and refuse one without its 404 page', () => {
    const dir = makeStaticExport({ 'ja.html': '' });
    assert.equal(hasStaticExport(path.join(dir, 'nothing-here')), false);
    assert.throws(() => hasStaticExport(dir), /not a complete static export/);
    writeFileSync(path.join(dir, '404.html'), '');
    assert.equal(hasStaticExport(dir), true);
    rmSync(dir, { recursive: true });
  });

  it("accept the export's layout, where every file has an extension", () => {
    const dir = makeStaticExport();
    assert.doesNotThrow(() => checkFileExtensions(dir));
    rmSync(dir, { recursive: true });
  });

  it('refuse a file without an extension, at any depth, naming it', () => {
    for (const file of ['LICENSE', 'ja/projects/demo/card', 'v1.2/notes', 'ja/.nojekyll']) {
      const dir = makeStaticExport({ ...exportFixture, [file]: 'x' });
      assert.throws(
        () => checkFileExtensions(dir),
        (error: unknown) => {
          assert.ok(error instanceof Error);
          assert.ok(error.message.startsWith(`${path.join(dir, file)} has no extension:`), error.message);
          return true;
        },
      );
      rmSync(dir, { recursive: true });
    }
  });
});
