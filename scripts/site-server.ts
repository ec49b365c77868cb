// The static site in out/ served the way production serves it: CloudFront's viewer-request
// function first (the `/` redirect by cookie then Accept-Language, slash-less page URLs, `.html`
// paths), then the file from a maintained static file server (sirv: exact names only, as S3
// answers), the site's headers (lib/http-headers.mjs) on every answer, and the 404 page with
// status 404 for any name that is not a file. Files are served from a copy of out/ with
// precompressed brotli and gzip beside them, as CloudFront compresses what it serves.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { mimes } from 'mrmime';
import sirv from 'sirv';
import { listFiles } from '../lib/files';
import { cacheControlFor, securityHeaders } from '../lib/http-headers.mjs';
import { loadViewerRequest, viewerRequestOf } from './viewer-request';

// sirv names types with mrmime, which lacks the favicon's and the vCard's; S3 (and any web
// server) knows them. sirv gives a charset to HTML only: the Markdown twins, the vCards and
// /llms.txt are UTF-8 text with no other place to say so (infra/lib/site-content.ts does the same).
mimes.ico = 'image/x-icon';
mimes.vcf = 'text/vcard;charset=utf-8';
mimes.md = 'text/markdown;charset=utf-8';
mimes.txt = 'text/plain;charset=utf-8';

// What CloudFront compresses (its list of types), from 1 kB up.
const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg|webmanifest)$/;

/** A copy of the export with `.br` and `.gz` variants of each compressible file. */
function compressedCopy(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'site-'));
  cpSync(dir, copy, { recursive: true });
  for (const file of listFiles(copy).filter((name) => COMPRESSIBLE.test(name))) {
    const path = join(copy, file);
    const body = readFileSync(path);
    if (body.length < 1024) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(body));
    writeFileSync(`${path}.gz`, gzipSync(body));
  }
  return copy;
}

export type SiteServer = { base: string; close: () => Promise<void> };

/** Serves the export in `dir` on `port` until closed. */
export async function startSiteServer(dir: string, port: number): Promise<SiteServer> {
  const root = resolve(dir);
  if (!existsSync(join(root, '404.html'))) throw new Error(`${dir}/ holds no static export: run \`npm run build\` first.`);
  const copy = compressedCopy(root);
  const notFound = readFileSync(join(root, '404.html'));
  const viewerRequest = loadViewerRequest();

  const files = sirv(copy, {
    extensions: [],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders: (response, pathname) => {
      response.setHeader('Cache-Control', cacheControlFor(pathname));
    },
  });
  const sendNotFound = (response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': notFound.length, 'Cache-Control': 'no-store' });
    response.end(notFound);
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    for (const { key, value } of securityHeaders) response.setHeader(key, value);
    const method = request.method ?? 'GET';
    // CloudFront answers only these (the distribution allows GET and HEAD).
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const outcome = viewerRequest(viewerRequestOf(method, request.url ?? '/', request.headers));
    if (outcome.kind === 'response') {
      response.writeHead(outcome.statusCode, outcome.headers).end();
      return;
    }
    const query = (request.url ?? '').includes('?') ? (request.url ?? '').slice((request.url ?? '').indexOf('?')) : '';
    request.url = `${outcome.uri}${query}`;
    files(request, response, () => sendNotFound(response));
  };

  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // A request the function or the file server cannot read names no file.
      if (!response.headersSent) sendNotFound(response);
    }
  });
  await new Promise<void>((ready) => server.listen(port, ready));
  return {
    base: `http://localhost:${port}`,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          rmSync(copy, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
