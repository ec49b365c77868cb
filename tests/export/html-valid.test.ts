import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { outDir, outFiles } from '../support/built-site';
import { describeMessages, validateHtml } from '../support/html-validator';

// Every page of the built site is valid HTML by the Nu HTML Checker (vnu), as the issue's "vnu
// stays clean" asks. One run over all the pages and one page known to be invalid, on its third
// line, so that the run itself shows the check reports what it finds, with file, line and message.

const pages = outFiles()
  .filter((file) => file.endsWith('.html'))
  .map((file) => join(outDir, file));
const scratch = mkdtempSync(join(tmpdir(), 'html-valid-'));
const invalid = join(scratch, 'invalid.html');
writeFileSync(
  invalid,
  '<!doctype html>\n<html lang="en"><head><title>Invalid</title></head>\n<body><a href="/" foo="bar">link</a></body></html>\n',
);

const started = performance.now();
const described = describeMessages(validateHtml([...pages, invalid]));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('HTML of the built site', () => {
  it('names the file, line and message of an error (a page with an unknown attribute)', () => {
    const reported = described.filter((line) => line.startsWith(`${invalid}:`));
    assert.equal(reported.length, 1, reported.join('\n'));
    assert.match(
      reported[0] ?? '',
      /^[^\n]+invalid\.html:3:\d+: error: Attribute “foo” not allowed on element “a” at this point\. \(in: .*foo="bar".*\)$/,
    );
  });

  it(`has no error on any page by the Nu HTML Checker (${pages.length} pages)`, (context) => {
    assert.ok(pages.length > 0);
    context.diagnostic(`vnu checked ${pages.length + 1} files in ${seconds} s`);
    assert.deepEqual(
      described.filter((line) => !line.startsWith(`${invalid}:`)),
      [],
    );
  });
});
