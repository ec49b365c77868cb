import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Annotations, Template } from 'aws-cdk-lib/assertions';
import { createSiteApp } from '../../lib/site-app.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'portfolio-infra-test-'));
// Each synthesis stages its assets (the awscli layer alone is 22 MB): gone when the test file ends.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** A fresh directory under this test process's scratch directory. */
export function scratchDir(name: string): string {
  return mkdtempSync(path.join(scratch, `${name}-`));
}

/** cdk.json's context (the feature flags), so the tests synthesize what `cdk synth` does. */
export const cdkJsonContext: Record<string, unknown> = (() => {
  const parsed: unknown = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
  const context = at(parsed, 'context');
  assert.ok(typeof context === 'object' && context !== null, 'cdk.json has no context');
  return Object.fromEntries(Object.entries(context));
})();

/** A 1×1 PNG, as Next's image routes write them (binary, no extension). */
export const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The layout of `npm run export`'s out/, in small. */
export const exportFixture: Record<string, string | Buffer> = {
  '404.html': '<!doctype html><title>404</title>',
  'index.html': '<!doctype html><title>choose</title>',
  'index.txt': 'rsc',
  'ja.html': '<!doctype html><title>ja</title>',
  'ja.txt': 'rsc',
  'en.html': '<!doctype html><title>en</title>',
  'ja/projects.html': '<!doctype html>',
  'ja/projects/demo.html': '<!doctype html>',
  'ja/projects/demo.txt': 'rsc',
  'ja/projects/demo/__next._tree.txt': 'rsc',
  'ja/resume.json': '{}',
  'ja/resume.pdf': '%PDF-1.7',
  'ja/opengraph-image': onePixelPng,
  'ja/projects/opengraph-image': onePixelPng,
  'ja/projects/demo/opengraph-image': onePixelPng,
  'apple-icon': onePixelPng,
  '_next/static/chunks/main-0123abcd.js': 'console.log(1)',
  '_next/static/css/app-0123abcd.css': 'body{}',
  '_next/static/media/icon.0123abcd.svg': '<svg/>',
  'sitemap.xml': '<urlset/>',
  'robots.txt': 'User-agent: *',
  'manifest.webmanifest': '{}',
  'favicon.ico': 'ico',
  'icon.svg': '<svg/>',
};

/** Writes a static export into a fresh temporary directory and returns its path. */
export function makeStaticExport(files: Record<string, string | Buffer> = exportFixture): string {
  const dir = scratchDir('out');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** Synthesizes the app (cdk-nag included) with extra context; the assembly goes to a temp dir. */
export function synthSite(context: Record<string, unknown>) {
  const { app, stack } = createSiteApp({ context: { ...cdkJsonContext, ...context }, outdir: scratchDir('cdk.out') });
  const template = Template.fromStack(stack);
  return { app, stack, template, annotations: Annotations.fromStack(stack), json: template.toJSON() };
}

/** A value inside parsed JSON, by path; undefined where the path leads nowhere. */
export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

export function asString(value: unknown, what = 'value'): string {
  assert.equal(typeof value, 'string', `${what} is not a string: ${JSON.stringify(value)}`);
  return String(value);
}

export function asArray(value: unknown, what = 'value'): unknown[] {
  assert.ok(Array.isArray(value), `${what} is not an array: ${JSON.stringify(value)}`);
  return [...value];
}

/** Resources of one type in the template, as [logicalId, resource] pairs. */
export function resourcesOfType(json: unknown, type: string): [string, unknown][] {
  const resources = at(json, 'Resources');
  assert.ok(typeof resources === 'object' && resources !== null);
  return Object.entries(resources).filter(([, resource]) => at(resource, 'Type') === type);
}

/** The single resource of a type, or fails. */
export function onlyResource(json: unknown, type: string): [string, unknown] {
  const found = resourcesOfType(json, type);
  assert.equal(found.length, 1, `expected one ${type}, found ${found.length}`);
  const [first] = found;
  assert.ok(first);
  return first;
}
