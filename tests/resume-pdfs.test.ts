import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDF_FACTS_ATTRIBUTE, resumePdfs } from '@/lib/resume-files';
import { removePrintOnlyPages, unprintedResumePdfs, writePdfFacts, type PrintedPdf } from '@/scripts/print-resume-pdfs';

// (The separator before the facts is part of their message: a space before a rich-text tag is lost.)
// The step after printing, on a résumé page as components/resume-downloads.tsx renders it.
function exportWith(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'out-'));
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), body);
  }
  return out;
}

const links = (locale: 'ja' | 'en') =>
  resumePdfs(locale)
    .map(({ href }) => `<li><a href="${href}">PDF (<span ${PDF_FACTS_ATTRIBUTE}="${href}"></span>)</a></li>`)
    .join('');
const page = (locale: 'ja' | 'en') => `<!DOCTYPE html><html lang="${locale}"><body><ul>${links(locale)}<li>JSON</li></ul></body></html>`;

describe('the résumé PDFs after printing', () => {
  it("writes each link's pages and size, in the page's language, and nothing else", () => {
    const out = exportWith({ 'ja/resume.html': page('ja'), 'en/resume.html': page('en') });
    const printed: PrintedPdf[] = ['ja', 'en'].flatMap((locale) =>
      resumePdfs(locale === 'ja' ? 'ja' : 'en').map((file) => ({ ...file, pages: file.length === 'short' ? 2 : 6, bytes: 150 * 1024 })),
    );
    writePdfFacts(out, printed);
    const en = readFileSync(join(out, 'en/resume.html'), 'utf8');
    assert.match(en, /<a href="\/en\/resume-short-letter.pdf">PDF \(<span>, 2 pages, 150 kB<\/span>\)<\/a>/);
    assert.match(en, /<a href="\/en\/resume-a4.pdf">PDF \(<span>, 6 pages, 150 kB<\/span>\)<\/a>/);
    assert.match(readFileSync(join(out, 'ja/resume.html'), 'utf8'), /<span>・2ページ・150 kB<\/span>/);
    assert.doesNotMatch(en, new RegExp(PDF_FACTS_ATTRIBUTE));
  });

  it('fails, naming the file, where a linked PDF was not printed', () => {
    const out = exportWith({ 'ja/resume.html': page('ja'), 'en/resume.html': page('en') });
    assert.throws(() => writePdfFacts(out, []), /no PDF was printed for \/ja\/resume-short-a4.pdf/);
  });

  it('names every PDF the résumé links that out/ does not hold', () => {
    const out = exportWith({
      'ja/resume.html': page('ja'),
      'en/resume.html': page('en'),
      ...Object.fromEntries(resumePdfs('en').map(({ href }) => [href.slice(1), '%PDF'])),
      'ja/resume-a4.pdf': '%PDF',
    });
    assert.deepEqual(unprintedResumePdfs(out), ['/ja/resume-short-a4.pdf']);
  });

  it('has nothing to miss on a preview without PDFs, whose page links none', () => {
    const preview = '<!DOCTYPE html><html><body><ul><li>JSON</li></ul><p>no PDFs</p></body></html>';
    assert.deepEqual(unprintedResumePdfs(exportWith({ 'ja/resume.html': preview, 'en/resume.html': preview })), []);
  });

  it('leaves the print-only pages out of the site', () => {
    const out = exportWith({ 'ja/resume/short.html': 'x', 'en/resume/short.html': 'x', 'en/resume.html': 'x' });
    removePrintOnlyPages(out);
    assert.deepEqual(
      ['ja/resume/short.html', 'en/resume/short.html', 'en/resume.html'].map((file) => {
        try {
          readFileSync(join(out, file));
          return true;
        } catch {
          return false;
        }
      }),
      [false, false, true],
    );
  });
});
