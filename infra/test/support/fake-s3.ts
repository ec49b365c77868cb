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
 * Just enough of S3, on 127.0.0.1, for `aws s3 sync` (list, put, delete) into one bucket, and for
 * what scripts/release-store.ts runs (list by delimiter, get, copy, object tags): the bucket
 * deployment's own command and the release commands run against it in the tests. No auth, no
 * other API; any other request is recorded in `unexpected` so a test can fail on it.
 */
export async function startFakeS3(bucket: string) {
  const objects = new Map<string, StoredObject>();
  const tags = new Map<string, Record<string, string>>();
  const unexpected: string[] = [];
  const etagOf = (body: Buffer) => `"${createHash('md5').update(body).digest('hex')}"`;

  const list = (url: URL, response: ServerResponse) => {
    const prefix = url.searchParams.get('prefix') ?? '';
    const delimiter = url.searchParams.get('delimiter') ?? '';
    const encode = url.searchParams.get('encoding-type') === 'url';
    const matching = [...objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    const commonPrefixes = new Set<string>();
    const keys = matching.filter((key) => {
      if (delimiter === '') return true;
      const cut = key.indexOf(delimiter, prefix.length);
      if (cut === -1) return true;
      commonPrefixes.add(key.slice(0, cut + delimiter.length));
      return false;
    });
    const prefixesXml = [...commonPrefixes]
      .map((common) => `<CommonPrefixes><Prefix>${xmlEscape(common)}</Prefix></CommonPrefixes>`)
      .join('');
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
      `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys>${encode ? '<EncodingType>url</EncodingType>' : ''}<IsTruncated>false</IsTruncated>${contents}${prefixesXml}</ListBucketResult>`,
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
    const noSuchKey = () => {
      response.writeHead(404, { 'content-type': 'application/xml' });
      response.end(
        request.method === 'HEAD'
          ? undefined
          : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${xmlEscape(key)}</Key></Error>`,
      );
    };
    if (url.searchParams.has('tagging') && key !== '') {
      if (!objects.has(key)) {
        noSuchKey();
        return;
      }
      if (request.method === 'PUT') {
        const set: Record<string, string> = {};
        for (const match of body.toString('utf8').matchAll(/<Tag><Key>([^<]*)<\/Key><Value>([^<]*)<\/Value><\/Tag>/g))
          set[match[1] ?? ''] = match[2] ?? '';
        tags.set(key, set);
        response.writeHead(200).end();
        return;
      }
      if (request.method === 'GET') {
        const set = Object.entries(tags.get(key) ?? {})
          .map(([name, value]) => `<Tag><Key>${xmlEscape(name)}</Key><Value>${xmlEscape(value)}</Value></Tag>`)
          .join('');
        response.writeHead(200, { 'content-type': 'application/xml' });
        response.end(
          `<?xml version="1.0" encoding="UTF-8"?><Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet>${set}</TagSet></Tagging>`,
        );
        return;
      }
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && key !== '' && url.search === '') {
      const object = objects.get(key);
      if (!object) {
        noSuchKey();
        return;
      }
      response.writeHead(200, {
        'content-length': object.body.length,
        etag: etagOf(object.body),
        'last-modified': object.lastModified.toUTCString(),
        ...(object.contentType ? { 'content-type': object.contentType } : {}),
        ...(object.cacheControl ? { 'cache-control': object.cacheControl } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : object.body);
      return;
    }
    const copySource = request.headers['x-amz-copy-source'];
    if (request.method === 'PUT' && key !== '' && typeof copySource === 'string') {
      // `bucket/key`, URL-encoded; metadata is copied with the object (MetadataDirective COPY).
      const [sourceBucket, ...sourceKey] = decodeURIComponent(copySource.replace(/^\//, '')).split('/');
      const source = sourceBucket === bucket ? objects.get(sourceKey.join('/')) : undefined;
      if (!source) {
        noSuchKey();
        return;
      }
      const lastModified = new Date();
      objects.set(key, { ...source, lastModified });
      tags.delete(key);
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?><CopyObjectResult><LastModified>${lastModified.toISOString()}</LastModified><ETag>${etagOf(source.body)}</ETag></CopyObjectResult>`,
      );
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
      tags.delete(key);
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
      tags.delete(key);
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
    tags,
    unexpected,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
