import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
  readonly lastModified: Date;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Undoes `Content-Encoding: aws-chunked` (SigV4 streaming): `<hex size>[;sig]\r\n<data>\r\n` … `0`. */
function decodeAwsChunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd === -1) throw new Error('truncated aws-chunked body');
    const size = parseInt(body.subarray(offset, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) throw new Error('bad aws-chunked size');
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

/**
 * Just enough of S3, on 127.0.0.1, for `aws s3 sync` (list, put, delete) into one bucket: the
 * bucket deployment's own command runs against it in the tests. No auth, no other API; any other
 * request is recorded in `unexpected` so a test can fail on it.
 */
export async function startFakeS3(bucket: string) {
  const objects = new Map<string, StoredObject>();
  const unexpected: string[] = [];

  const list = (url: URL, response: ServerResponse) => {
    const prefix = url.searchParams.get('prefix') ?? '';
    const encode = url.searchParams.get('encoding-type') === 'url';
    const keys = [...objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    const contents = keys
      .map((key) => {
        const object = objects.get(key);
        if (!object) return '';
        const etag = createHash('md5').update(object.body).digest('hex');
        const name = encode ? encodeURIComponent(key).replace(/%2F/g, '/') : xmlEscape(key);
        return `<Contents><Key>${name}</Key><LastModified>${object.lastModified.toISOString()}</LastModified><ETag>"${etag}"</ETag><Size>${object.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
      })
      .join('');
    response.writeHead(200, { 'content-type': 'application/xml' });
    response.end(
      `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys>${encode ? '<EncodingType>url</EncodingType>' : ''}<IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
    );
  };

  const handle = (request: IncomingMessage, body: Buffer, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, bucketName, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (bucketName !== bucket) {
      unexpected.push(`${request.method} ${url.pathname}`);
      response.writeHead(404).end();
      return;
    }
    if (request.method === 'GET' && key === '' && url.searchParams.get('list-type') === '2') {
      list(url, response);
      return;
    }
    if (request.method === 'PUT' && key !== '' && !url.searchParams.has('uploadId')) {
      const encoding = request.headers['content-encoding'] ?? '';
      const streaming = encoding.includes('aws-chunked') || String(request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
      const content = streaming ? decodeAwsChunked(body) : body;
      const header = (name: string) => {
        const value = request.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      objects.set(key, {
        body: content,
        contentType: header('content-type'),
        cacheControl: header('cache-control'),
        lastModified: new Date(),
      });
      response.writeHead(200, { etag: `"${createHash('md5').update(content).digest('hex')}"` }).end();
      return;
    }
    if (request.method === 'DELETE' && key !== '') {
      objects.delete(key);
      response.writeHead(204).end();
      return;
    }
    unexpected.push(`${request.method} ${request.url}`);
    response.writeHead(501).end();
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        handle(request, Buffer.concat(chunks), response);
      } catch (error) {
        unexpected.push(`${request.method} ${request.url}: ${String(error)}`);
        response.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake S3 server has no TCP address');
  const { port } = address;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    unexpected,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
