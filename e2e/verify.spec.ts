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
// passes; a copy with a page removed, a PDF removed, or served without a security header fails,
// naming what is wrong. The origin is the one the build recorded (out/release.json).
const { origin } = readReleaseRecord('out');
// Ports of their own, beside the suite's two servers.
const firstPort = Number(process.env.E2E_PORT ?? 3210) + 40;
const ports = { good: firstPort, page: firstPort + 1, pdf: firstPort + 2, header: firstPort + 3, upstream: firstPort + 4 };

type Run = { status: number; stdout: string; stderr: string };

/** The CLI, as the owner runs it (asynchronously: the server under test shares this process). */
function verify(url: string): Promise<Run> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/verify.ts', url, '--origin', origin], { maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A copy of out/ with one file removed. */
function copyWithout(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-copy-'));
  cpSync('out', dir, { recursive: true });
  rmSync(join(dir, file));
  return dir;
}

/** A project page of the build, taken from out/ itself. */
function aProjectPage(): string {
  const [page] = readdirSync(join('out', routing.defaultLocale, 'projects')).filter((name) => name.endsWith('.html'));
  if (!page) throw new Error('The build has no project page');
  return `${routing.defaultLocale}/projects/${page}`;
}

/** A proxy in front of `upstream` that drops one response header from every answer. */
function withoutHeader(upstream: number, port: number, header: string): Promise<Server> {
  const server = createServer((request, response) => {
    const upstreamRequest = forward(
      { host: '127.0.0.1', port: upstream, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== header.toLowerCase()));
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstreamRequest);
  });
  return new Promise((ready) => server.listen(port, () => ready(server)));
}

test.describe('npm run verify', () => {
  // It reads every page and PDF, and decodes each QR code.
  test.setTimeout(300_000);
  const servers: SiteServer[] = [];
  const dirs: string[] = [];
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const serve = async (dir: string, port: number) => {
    const server = await startSiteServer(dir, port);
    servers.push(server);
    return `http://127.0.0.1:${port}`;
  };

  test('passes on the site as built', async () => {
    const run = await verify(await serve('out', ports.good));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ pages, \d+ PDFs/);
  });

  test('names a page that is gone', async () => {
    const page = aProjectPage();
    const dir = copyWithout(page);
    dirs.push(dir);
    const run = await verify(await serve(dir, ports.page));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`/${page.replace(/\.html$/, '')}: answers 404, not 200`);
  });

  test('names a résumé PDF that is gone', async () => {
    const locale = routing.locales.at(-1) ?? routing.defaultLocale;
    const pdf = resumePdfHref(locale, RESUME_PAPERS[locale].at(-1) ?? 'a4');
    const dir = copyWithout(pdf.slice(1));
    dirs.push(dir);
    const run = await verify(await serve(dir, ports.pdf));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${pdf}: answers 404, not 200`);
  });

  test('names a security header that is not sent', async () => {
    await serve('out', ports.upstream);
    const proxy = await withoutHeader(ports.upstream, ports.header, 'X-Content-Type-Options');
    try {
      const run = await verify(`http://127.0.0.1:${ports.header}`);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^✗ .+: security header X-Content-Type-Options is missing$/m);
    } finally {
      await new Promise((closed) => proxy.close(closed));
    }
  });
});
