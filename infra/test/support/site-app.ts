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

/** A 1×1 PNG, like the build's social cards and touch icon (binary). */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** What the build writes in out/release.json (scripts/release-record.ts) for an origin. */
export function releaseRecord(origin: string): string {
  return JSON.stringify({ origin, commit: '7c83e28d0f3b4a5e6f7a8b9c0d1e2f3a4b5c6d7e', builtAt: '2026-12-01T21:00:00.000Z' });
}

/** The origin the export fixture was built for: the test custom domain's. */
export const fixtureOrigin = 'https://rui-iizumi.example';

/** The layout of `npm run export`'s out/, in small: every file has an extension. */
export const exportFixture: Record<string, string | Buffer> = {
  '404.html': '<!doctype html><title>404</title>',
  'release.json': releaseRecord(fixtureOrigin),
  'index.html': '<!doctype html><title>choose</title>',
  'ja.html': '<!doctype html><title>ja</title>',
  'ja/card.png': onePixelPng,
  'en.html': '<!doctype html><title>en</title>',
  'en/card.png': onePixelPng,
  'ja/projects.html': '<!doctype html>',
  'ja/projects/card.png': onePixelPng,
  'ja/projects/demo.html': '<!doctype html>',
  'ja/projects/demo/card.png': onePixelPng,
  'en/technologies.html': '<!doctype html>',
  'en/technologies/card.png': onePixelPng,
  'en/technologies/aws-cdk.html': '<!doctype html>',
  'en/technologies/aws-cdk/card.png': onePixelPng,
  'ja/resume.html': '<!doctype html>',
  'ja/resume.json': '{}',
  'ja/resume-a4.pdf': '%PDF-1.7',
  'site.js': 'document.documentElement.dataset.js = "";',
  'touch-icon.png': onePixelPng,
  '_next/static/chunks/0123abcd.css': 'body{}',
  '_next/static/media/icon.0123abcd.svg': '<svg/>',
  '_next/static/media/favicon.0123abcd.ico': 'ico',
  'sitemap.xml': '<urlset/>',
  'robots.txt': 'User-agent: *',
  'llms.txt': '# 名前',
  'ja/index.md': '# 名前',
  'ja/projects/demo/index.md': '# デモ',
  'ja/contact.vcf': 'BEGIN:VCARD\r\nEND:VCARD\r\n',
  'manifest.webmanifest': '{}',
  'favicon.ico': 'ico',
  'icon.svg': '<svg/>',
};

/** The release the tests deploy (`-c releaseId=…`). */
export const testReleaseId = '20261201T210000Z-7c83e28';

/** Writes a static export into a fresh temporary directory and returns its path. */
export function makeStaticExport(files: Record<string, string | Buffer> = exportFixture): string {
  const dir = scratchDir('out');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/**
 * Synthesizes the app (cdk-nag included) with extra context; the assembly goes to a temp dir.
 * The annotations are read when asked for: `Annotations.fromStack` synthesizes the app again.
 */
export function synthSite(context: Record<string, unknown>) {
  const { app, stack } = createSiteApp({ context: { ...cdkJsonContext, ...context }, outdir: scratchDir('cdk.out') });
  const template = Template.fromStack(stack);
  let annotations: Annotations | undefined;
  return {
    app,
    stack,
    template,
    get annotations() {
      annotations ??= Annotations.fromStack(stack);
      return annotations;
    },
    json: template.toJSON(),
  };
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
  const items: unknown[] = value;
  return [...items];
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
