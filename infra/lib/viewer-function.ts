// The viewer-request function (functions/viewer-request.js) run in node:vm as CloudFront runs it,
// for the infra tests and for `npm start` (scripts/site-server.ts): the one loader both use.
// Node builtins only, and no relative import, so that the app (bundler resolution) and infra
// (nodenext) can both import this file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The function, shipped as written. */
export const viewerRequestFunctionFile = fileURLToPath(new URL('../functions/viewer-request.js', import.meta.url));

/** The one module line the runtime allows: its own key value store helpers. */
export const cloudfrontImport = "import cf from 'cloudfront';";

/** What the function reads from its key value store: `get` rejects a missing key, as CloudFront's does. */
export interface KeyValueReader {
  get(key: string): Promise<string>;
}

/** A key value store in memory, as the function sees it; `set`/`delete` stand for the CLI's put-key/delete-key. */
export function standInKeyValueStore(entries: Record<string, string> = {}) {
  const values = new Map(Object.entries(entries));
  return {
    values,
    get: (key: string) => {
      const value = values.get(key);
      return value === undefined ? Promise.reject(new Error(`KeyNotFound: ${key}`)) : Promise.resolve(value);
    },
  };
}

export interface LoadOptions {
  /** Prepends 'use strict' (CloudFront's mode); without it, the file runs as a sloppy script too. */
  readonly strict?: boolean;
  readonly store: KeyValueReader;
}

export interface LoadedFunction {
  readonly source: string;
  /** The handler's top-level variables (LOCALES, DEFAULT_LOCALE, …), as the tests compare them. */
  readonly globals: Record<string, unknown>;
  readonly handler: (event: object) => Promise<unknown>;
}

/**
 * The file evaluated in a fresh context. Its `import cf from 'cloudfront'` becomes a `cf` global
 * whose `kvs()` returns `store` (node:vm has no such module), and nothing else is changed.
 */
export function loadViewerFunction({ strict = true, store }: LoadOptions): LoadedFunction {
  const source = readFileSync(viewerRequestFunctionFile, 'utf8');
  const lines = source.split('\n');
  const importLines = lines.filter((line) => /^\s*import\b/.test(line));
  if (importLines.length !== 1 || importLines[0] !== cloudfrontImport) {
    throw new Error(`${viewerRequestFunctionFile} must import exactly \`${cloudfrontImport}\`, found ${JSON.stringify(importLines)}`);
  }
  const script = lines.map((line) => (line === cloudfrontImport ? '' : line)).join('\n');
  const context = vm.createContext({ cf: { kvs: () => store } });
  vm.runInContext(strict ? `'use strict';${script}` : script, context, { filename: viewerRequestFunctionFile });
  const handler: unknown = context.handler;
  if (typeof handler !== 'function') throw new Error(`${viewerRequestFunctionFile} has no top-level handler function`);
  const globals: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(context)) globals[name] = Reflect.get(context, name);
  return {
    source,
    globals,
    handler: async (event) => {
      const result: unknown = await Reflect.apply(handler, undefined, [event]);
      return result;
    },
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

export type ViewerOutcome =
  | { kind: 'request'; uri: string; querystring: unknown }
  | { kind: 'response'; statusCode: number; statusDescription: string; headers: Record<string, string> };

/** What the handler returned: the (rewritten) request, or a generated response; anything else throws. */
export function viewerOutcome(result: unknown): ViewerOutcome {
  const statusCode = field(result, 'statusCode');
  if (typeof statusCode === 'number') {
    const headers: Record<string, string> = {};
    for (const [name, header] of Object.entries(field(result, 'headers') ?? {})) {
      const value = field(header, 'value');
      if (typeof value !== 'string') throw new Error(`header ${name} has no string value: ${JSON.stringify(result)}`);
      headers[name] = value;
    }
    const statusDescription = field(result, 'statusDescription');
    return { kind: 'response', statusCode, statusDescription: typeof statusDescription === 'string' ? statusDescription : '', headers };
  }
  const uri = field(result, 'uri');
  if (typeof uri !== 'string')
    throw new Error(`the viewer-request function returned neither a request nor a response: ${JSON.stringify(result)}`);
  return { kind: 'request', uri, querystring: field(result, 'querystring') };
}
