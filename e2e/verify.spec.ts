import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { routing } from '../i18n/routing';
import { RESUME_PAPERS, resumePdfHref } from '../lib/resume-files';
import { readReleaseRecord } from '../scripts/release-record';
import { startSiteServer, type SiteServer } from '../scripts/site-server';

// `npm run verify` against copies of out/ served as production serves them: the copy as built
// passes; a copy with a page and a PDF removed, served without a security header, fails, naming
// each thing that is wrong. The origin is the one the build recorded (out/release.json).
const { origin } = readReleaseRecord('out');

type Run = { status: number; stdout: string; stderr: string };

/** The CLI, as the owner runs it (asynchronously: the server under test shares this process). */
function verify(url: string): Promise<Run> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/verify.ts', url, '--origin', origin], { maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A copy of out/ with some files removed. */
function copyWithout(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-copy-'));
  cpSync('out', dir, { recursive: true });
  for (const file of files) rmSync(join(dir, file));
  return dir;
}

/** A project page of the build, taken from out/ itself. */
function aProjectPage(): string {
  const [page] = readdirSync(join('out', routing.defaultLocale, 'projects')).filter((name) => name.endsWith('.html'));
  if (!page) throw new Error('The build has no project page');
  return `${routing.defaultLocale}/projects/${page}`;
}

/** A proxy (on a port the system picks) in front of `upstream` that drops one response header from every answer. */
function withoutHeader(upstream: string, header: string): Promise<{ server: Server; url: string }> {
  const { port: upstreamPort } = new URL(upstream);
  const server = createServer((request, response) => {
    const upstreamRequest = forward(
      { host: '127.0.0.1', port: upstreamPort, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== header.toLowerCase()));
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstreamRequest);
  });
  return new Promise((ready) =>
    server.listen(0, () => {
      const address = server.address();
      ready({ server, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` });
    }),
  );
}

test.describe('npm run verify', () => {
  // It reads every page and PDF, and decodes each QR code: about 15 s on this 2-core machine.
  test.setTimeout(60_000);
  const servers: SiteServer[] = [];
  const dirs: string[] = [];
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const serve = async (dir: string) => {
    const server = await startSiteServer(dir);
    servers.push(server);
    return server.base.replace('localhost', '127.0.0.1');
  };

  test('passes on the site as built', async () => {
    const run = await verify(await serve('out'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ pages, \d+ PDFs/);
  });

  // verify collects every failure, not just the first: one broken copy, one run, each named.
  test('names a page and a résumé PDF that are gone, and a security header that is not sent', async () => {
    const page = aProjectPage();
    const locale = routing.locales.at(-1) ?? routing.defaultLocale;
    const pdf = resumePdfHref(locale, RESUME_PAPERS[locale].at(-1) ?? 'a4');
    const dir = copyWithout(page, pdf.slice(1));
    dirs.push(dir);
    const proxy = await withoutHeader(await serve(dir), 'X-Content-Type-Options');
    try {
      const run = await verify(proxy.url);
      expect(run.status).toBe(1);
      // Paths with the same finding share its line: `✗ /a, /b: answers 404, not 200`.
      const gone = /^✗ (.+): answers 404, not 200$/m.exec(run.stderr)?.[1]?.split(', ') ?? [];
      expect(gone).toEqual(expect.arrayContaining([`/${page.replace(/\.html$/, '')}`, pdf]));
      expect(run.stderr).toMatch(/^✗ .+: security header X-Content-Type-Options is missing$/m);
    } finally {
      await new Promise((closed) => proxy.server.close(closed));
    }
  });
});
