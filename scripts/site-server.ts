// The static site in out/ served the way production serves it: CloudFront's viewer-request
// function first (the `/` redirect by cookie then Accept-Language, slash-less page URLs, `.html`
// paths, the live release's prefix), then the file from a maintained static file server (sirv:
// exact names only, as S3 answers), the site's headers (lib/http-headers.mjs) on every answer,
// and the 404 page with status 404 for any name that is not a file. Where CloudFront itself
// answers, this answers as it does: 403 for a method the distribution does not allow, 503 when
// the function throws (FunctionExecutionError). out/ is the one release here: a stand-in for the
// key value store names it live, and its prefix maps onto out/. Files are served from a copy of out/ with
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
import { loadViewerFunction, standInKeyValueStore, viewerOutcome } from '../infra/lib/viewer-function';
import { viewerEvent, viewerRequestOf } from './viewer-request';

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

/** The id the stand-in store names live: out/ is served as this release. */
export const localReleaseId = '19700101T000000Z-0000000';

/** CloudFront's answer when a viewer-request function throws (FunctionExecutionError). */
const functionError = 'The CloudFront function associated with the CloudFront distribution is invalid or could not run.';

export interface SiteServerOptions {
  /** Stands in for the function's handler (a test makes it throw); by default the shipped function. */
  readonly viewerRequest?: (event: object) => Promise<unknown>;
}

/** Serves the export in `dir` on `port` until closed. */
export async function startSiteServer(dir: string, port = 0, options: SiteServerOptions = {}): Promise<SiteServer> {
  const root = resolve(dir);
  if (!existsSync(join(root, '404.html'))) throw new Error(`${dir}/ holds no static export: run \`npm run build\` first.`);
  const copy = compressedCopy(root);
  const notFound = readFileSync(join(root, '404.html'));
  const viewerRequest = options.viewerRequest ?? loadViewerFunction({ store: standInKeyValueStore({ live: localReleaseId }) }).handler;
  const releasePrefix = `/releases/${localReleaseId}/`;

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

  const sendText = (response: ServerResponse, status: number, text: string) => {
    const body = Buffer.from(`${text}\n`);
    response.writeHead(status, { 'Content-Type': 'text/plain;charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    response.end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for (const { key, value } of securityHeaders) response.setHeader(key, value);
    const method = request.method ?? 'GET';
    // The distribution allows GET and HEAD; CloudFront answers any other method 403 itself
    // ("Invalid method"), before any function runs.
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(response, 403, 'This distribution is not configured to allow the HTTP request method that was used for this request.');
      return;
    }
    let outcome;
    try {
      outcome = viewerOutcome(await viewerRequest(viewerEvent(viewerRequestOf(method, request.url ?? '/', request.headers))));
    } catch {
      // A function that throws (or returns nothing CloudFront can use) is CloudFront's 503, not
      // a missing file: a crashing function must not pass for a 404 in the tests.
      sendText(response, 503, functionError);
      return;
    }
    if (outcome.kind === 'response') {
      response.writeHead(outcome.statusCode, outcome.headers).end();
      return;
    }
    // Only the live release's prefix exists in this bucket: it is out/.
    if (!outcome.uri.startsWith(releasePrefix)) {
      sendNotFound(response);
      return;
    }
    const query = (request.url ?? '').includes('?') ? (request.url ?? '').slice((request.url ?? '').indexOf('?')) : '';
    request.url = `/${outcome.uri.slice(releasePrefix.length)}${query}`;
    files(request, response, () => sendNotFound(response));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A request the file server cannot read names no file.
      if (!response.headersSent) sendNotFound(response);
    });
  });
  await new Promise<void>((ready) => server.listen(port, ready));
  const address = server.address();
  // Port 0 asks the system for a free port: the base names the one it gave.
  const listening = typeof address === 'object' && address !== null ? address.port : port;
  return {
    base: `http://localhost:${listening}`,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          rmSync(copy, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
