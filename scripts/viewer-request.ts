// CloudFront's viewer-request function (infra/functions/viewer-request.js), run here as CloudFront
// runs it, so that `npm run serve` routes requests exactly as production does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

type Value = { value: string; multiValue?: { value: string }[] };
export type ViewerRequest = {
  method: string;
  uri: string;
  querystring: Record<string, Value>;
  headers: Record<string, Value>;
  cookies: Record<string, Value>;
};
export type ViewerOutcome = { kind: 'request'; uri: string } | { kind: 'response'; statusCode: number; headers: Record<string, string> };

const file = resolve(import.meta.dirname, '../infra/functions/viewer-request.js');

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

/** The function as a callable: the deployed file, evaluated in strict mode in a context of its own. */
export function loadViewerRequest(): (request: ViewerRequest) => ViewerOutcome {
  const context = vm.createContext({});
  vm.runInContext(`'use strict';\n${readFileSync(file, 'utf8')}`, context, { filename: file });
  const handler: unknown = context.handler;
  if (typeof handler !== 'function') throw new Error(`${file} has no top-level handler function`);
  return (request) => {
    const result: unknown = Reflect.apply(handler, undefined, [{ version: '1.0', context: { eventType: 'viewer-request' }, request }]);
    const statusCode = field(result, 'statusCode');
    if (typeof statusCode === 'number') {
      const headers: Record<string, string> = {};
      for (const [name, header] of Object.entries(field(result, 'headers') ?? {})) {
        const value = field(header, 'value');
        if (typeof value === 'string') headers[name] = value;
      }
      return { kind: 'response', statusCode, headers };
    }
    const uri = field(result, 'uri');
    if (typeof uri !== 'string') throw new Error(`the viewer-request function returned neither a request nor a response`);
    return { kind: 'request', uri };
  };
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
