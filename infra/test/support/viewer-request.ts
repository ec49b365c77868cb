import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { viewerRequestFunctionFile } from '../../lib/site-stack.ts';

/** The deployed file as it is, evaluated as CloudFront evaluates it: a plain script. */
export const viewerRequestSource = readFileSync(viewerRequestFunctionFile, 'utf8');

/** Loads the function into a fresh context; `strict` prepends 'use strict' (CloudFront's mode). */
export function loadHandler({ strict }: { strict: boolean }): (event: object) => unknown {
  const context = vm.createContext({});
  vm.runInContext(strict ? `'use strict';\n${viewerRequestSource}` : viewerRequestSource, context, { filename: viewerRequestFunctionFile });
  const handler: unknown = context.handler;
  if (typeof handler !== 'function') throw new Error('functions/viewer-request.js has no top-level handler function');
  return (event) => {
    const result: unknown = Reflect.apply(handler, undefined, [event]);
    return result;
  };
}

interface Value {
  value: string;
  multiValue?: { value: string }[];
}

export interface RequestOptions {
  uri: string;
  acceptLanguage?: string;
  cookies?: Record<string, Value>;
  querystring?: Record<string, Value>;
}

/** A viewer-request event in the cloudfront-js-2.0 shape. */
export function viewerRequestEvent({ uri, acceptLanguage, cookies = {}, querystring = {} }: RequestOptions) {
  return {
    version: '1.0',
    context: {
      distributionDomainName: 'd111111abcdef8.cloudfront.net',
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType: 'viewer-request',
      requestId: 'test',
    },
    viewer: { ip: '198.51.100.7' },
    request: {
      method: 'GET',
      uri,
      querystring,
      headers: {
        host: { value: 'd111111abcdef8.cloudfront.net' },
        ...(acceptLanguage === undefined ? {} : { 'accept-language': { value: acceptLanguage } }),
      },
      cookies,
    },
  };
}

export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

export type Outcome =
  | { kind: 'request'; uri: string; querystring: unknown }
  | { kind: 'response'; statusCode: number; statusDescription: string; location: string; cacheControl: string | undefined };

/** What the handler returned: the (rewritten) request, or a generated response. */
export function outcome(result: unknown): Outcome {
  const statusCode = field(result, 'statusCode');
  if (typeof statusCode === 'number') {
    const headers = field(result, 'headers');
    const location = field(field(headers, 'location'), 'value');
    const cacheControl = field(field(headers, 'cache-control'), 'value');
    const statusDescription = field(result, 'statusDescription');
    if (typeof location !== 'string' || typeof statusDescription !== 'string')
      throw new Error(`malformed response ${JSON.stringify(result)}`);
    return {
      kind: 'response',
      statusCode,
      statusDescription,
      location,
      cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined,
    };
  }
  const uri = field(result, 'uri');
  if (typeof uri !== 'string') throw new Error(`neither a request nor a response: ${JSON.stringify(result)}`);
  return { kind: 'request', uri, querystring: field(result, 'querystring') };
}
