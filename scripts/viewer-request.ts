// CloudFront's viewer-request function (infra/functions/viewer-request.js) as `npm start` runs it:
// loaded by infra/lib/viewer-function.ts (the loader the infra tests use too), fed events built
// from Node requests the way CloudFront builds them.
type Value = { value: string; multiValue?: { value: string }[] };
export type ViewerRequest = {
  method: string;
  uri: string;
  querystring: Record<string, Value>;
  headers: Record<string, Value>;
  cookies: Record<string, Value>;
};

/** The event CloudFront hands a viewer-request function. */
export function viewerEvent(request: ViewerRequest) {
  return { version: '1.0', context: { eventType: 'viewer-request' }, request };
}

/** Header, cookie and query string values the way CloudFront hands them to a function. */
function values(pairs: [string, string][]): Record<string, Value> {
  const result: Record<string, Value> = {};
  for (const [name, value] of pairs) {
    const found = result[name];
    if (found) found.multiValue = [...(found.multiValue ?? [{ value: found.value }]), { value }];
    else result[name] = { value };
  }
  return result;
}

/** The function's event for a Node request line and headers: the query string stays encoded, as CloudFront leaves it. */
export function viewerRequestOf(method: string, url: string, headers: Record<string, string | string[] | undefined>): ViewerRequest {
  const [path = '/', query = ''] = url.split(/\?(.*)/s);
  const cookies = String(headers.cookie ?? '')
    .split(';')
    .map((pair): [string, string] => {
      const [name = '', ...rest] = pair.split('=');
      return [name.trim(), rest.join('=').trim()];
    })
    .filter(([name]) => name !== '');
  const querystring = query
    .split('&')
    .filter(Boolean)
    .map((pair): [string, string] => {
      const [name = '', ...rest] = pair.split('=');
      return [name, rest.join('=')];
    });
  const headerPairs = Object.entries(headers).flatMap(([name, value]): [string, string][] =>
    value === undefined || name === 'cookie' ? [] : [[name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]],
  );
  return { method, uri: path, querystring: values(querystring), headers: values(headerPairs), cookies: values(cookies) };
}
