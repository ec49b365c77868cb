import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkExtensionlessFiles, contentGroups, extensionlessPngNames, hasStaticExport, listFiles, syncFilters } from '../lib/site-content.ts';
import { exportFixture, makeStaticExport } from './support/site-app.ts';

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

  it('serve the extension-less names as PNG, at the top level and at any depth', () => {
    const images = contentGroups.find((group) => group.contentType === 'image/png');
    assert.deepEqual(images?.patterns, extensionlessPngNames.flatMap((name) => [name, `*/${name}`]));
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

  it('accept the known extension-less PNGs and refuse anything else without an extension', () => {
    const dir = makeStaticExport();
    assert.doesNotThrow(() => checkExtensionlessFiles(dir));
    writeFileSync(path.join(dir, 'ja', 'LICENSE'), 'text');
    assert.throws(() => checkExtensionlessFiles(dir), /LICENSE has no extension/);
    rmSync(dir, { recursive: true });
  });
});
