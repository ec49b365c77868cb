import { loadViewerFunction, standInKeyValueStore, viewerOutcome, type KeyValueReader } from '../../lib/viewer-function.ts';

/** A release id in the contract's shape, live in the stand-in store unless a test says otherwise. */
export const liveReleaseId = '20261201T210000Z-7c83e28';

/** The shipped function in a fresh context, reading `store` (by default: `liveReleaseId` is live). */
export function loadHandler({
  strict,
  store = standInKeyValueStore({ live: liveReleaseId }),
}: {
  strict: boolean;
  store?: KeyValueReader;
}) {
  return loadViewerFunction({ strict, store });
}

interface Value {
  value: string;
  multiValue?: { value: string }[];
}

export interface RequestOptions {
  uri: string;
  method?: string;
  acceptLanguage?: string;
  cookies?: Record<string, Value>;
  querystring?: Record<string, Value>;
}

/** A viewer-request event in the cloudfront-js-2.0 shape. */
export function viewerRequestEvent({ uri, method = 'GET', acceptLanguage, cookies = {}, querystring = {} }: RequestOptions) {
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
      method,
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

export type Outcome =
  | { kind: 'request'; uri: string; querystring: unknown }
  | { kind: 'response'; statusCode: number; statusDescription: string; location: string | undefined; cacheControl: string | undefined };

/** What the handler returned: the (rewritten) request, or a generated response. */
export function outcome(result: unknown): Outcome {
  const parsed = viewerOutcome(result);
  if (parsed.kind === 'request') return parsed;
  return {
    kind: 'response',
    statusCode: parsed.statusCode,
    statusDescription: parsed.statusDescription,
    location: parsed.headers.location,
    cacheControl: parsed.headers['cache-control'],
  };
}
