// A plain static file server for the export in out/, the way static hosts (GitHub Pages, S3
// behind a CDN) answer: `/ja/projects/x` is `ja/projects/x.html`, a folder is its `index.html`, a
// missing file is `404.html` with status 404. No app logic: what passes against it passes
// against any static host. Usage: `tsx scripts/serve-static.ts [dir] [port]`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** Next writes its metadata images (social cards, touch icon) without an extension. */
const extensionlessImages = new Set(['opengraph-image', 'apple-icon']);

function contentType(file: string) {
  const name = file.split(sep).at(-1) ?? '';
  if (extensionlessImages.has(name)) return 'image/png';
  return types[extname(file)] ?? 'application/octet-stream';
}

function isFile(path: string) {
  return existsSync(path) && statSync(path).isFile();
}

/** The file a URL path names inside root, if any: never a file outside it. */
function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) if (isFile(candidate)) return candidate;
  return undefined;
}

export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    response.writeHead(status, { 'Content-Type': contentType(body), 'Content-Length': statSync(body).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(body).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(port, () => resolveServer(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'out', port = '3000'] = process.argv.slice(2);
  if (!isFile(join(dir, '404.html'))) {
    console.error(`${dir}/ holds no static export: run \`npm run export\` first.`);
    process.exit(1);
  }
  await serveStatic(dir, Number(port));
  console.log(`Serving ${dir}/ on http://localhost:${port}`);
}
