import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { listFiles } from '@/lib/files';
import { siteScriptSource } from '@/lib/http-headers.mjs';
import { speculationRulesSource } from '@/lib/speculation-rules.mjs';
import { removeFrameworkJavaScript, settleResumePdfLinks } from '@/scripts/static-export';

// A page as Next exports it: runtime scripts, the inline RSC payload, a script preload, JSON-LD.
const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/m.js"/>
<script src="/_next/static/chunks/b.js" async=""></script>
<title>Alpha</title><link rel="icon" href="/icon.svg"/></head>
<body><main><h1>Alpha</h1><script type="application/ld+json">{"@type":"CreativeWork","name":"a < b"}</script></main>
<script src="/site.js" defer=""></script>
<script type="speculationrules">${speculationRulesSource}</script><script>${siteScriptSource}</script>
<script type="speculationrules">{"prefetch":[{"urls":["/elsewhere"]}]}</script><script>alert(1)</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload"])</script>
<script src="/_next/static/chunks/c.js" noModule=""></script></body></html>`;

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

describe('removeFrameworkJavaScript', () => {
  const out = exportTree({
    'en/alpha.html': page,
    'en/alpha.txt': '0:payload',
    'en/alpha/__next._tree.txt': 'tree',
    'robots.txt': 'User-Agent: *',
    '_next/static/chunks/a.css': 'body{}',
    '_next/static/chunks/b.js': 'runtime',
    '_next/static/build/_buildManifest.js': 'manifest',
    '_not-found.html': page,
    'site.js': 'enhance()',
  });
  removeFrameworkJavaScript(out);
  const html = readFileSync(join(out, 'en/alpha.html'), 'utf8');

  it('leaves a page JSON-LD, the enhancement script and the inline scripts the CSP allows by hash only', () => {
    assert.deepEqual(
      [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]),
      ['<script type="application/ld+json">', '<script src="/site.js" defer>', '<script type="speculationrules">', '<script>'],
    );
    assert.ok(html.includes(`<script type="speculationrules">${speculationRulesSource}</script><script>${siteScriptSource}</script>`));
    assert.doesNotMatch(html, /elsewhere|alert/);
    assert.match(html, /"name":"a < b"/);
    assert.doesNotMatch(html, /__next_f|preload|modulepreload|\/_next\/static\/chunks\/[bc]\.js/);
    assert.match(html, /<link rel="stylesheet" href="\/_next\/static\/chunks\/a.css"/);
    assert.match(html, /<h1>Alpha<\/h1>/);
  });

  it('deletes the files nothing requests any more, and keeps every other', () => {
    assert.deepEqual(listFiles(out), ['_next/static/chunks/a.css', 'en/alpha.html', 'robots.txt', 'site.js']);
  });
});

describe('settleResumePdfLinks', () => {
  const list =
    '<ul><li data-resume-pdf="/en/resume-letter.pdf"><a href="/en/resume-letter.pdf">PDF (US Letter, <span data-pdf-size=""></span>)</a></li><li data-resume-pdf="/en/resume-a4.pdf"><a href="/en/resume-a4.pdf">PDF (A4, <span data-pdf-size=""></span>)</a></li><li>JSON</li></ul>';

  it('states the size of each PDF there is, and drops the link to one there is not', () => {
    const out = exportTree({
      'en/resume.html': `<!DOCTYPE html><html><body>${list}</body></html>`,
      'en/resume-letter.pdf': 'x'.repeat(150 * 1024),
    });
    settleResumePdfLinks(out, 'en');
    const html = readFileSync(join(out, 'en/resume.html'), 'utf8');
    assert.match(html, /<li><a href="\/en\/resume-letter.pdf">PDF \(US Letter, <span>150 kB<\/span>\)<\/a><\/li><li>JSON<\/li>/);
    assert.doesNotMatch(html, /resume-a4|data-pdf|data-resume/);
    assert.ok(!existsSync(join(out, 'en/resume-a4.pdf')));
  });
});
