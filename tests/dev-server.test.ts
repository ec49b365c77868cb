import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureContent, root } from './support/content-build';

// `npm run dev` on the fixture content, with alpha/ja.md changed after its translation was
// marked: what the owner sees while writing. It runs in a copy of the project's code (inside the
// repository, so packages resolve from its node_modules), so that its content step and `next dev`
// write their own .contentlayer and .next, never the ones the build and the other tests read.
const site = join(root, 'tests/.dev-site');
/** What `npm run dev` reads of the project, the owner's content aside. */
const project = [
  ...['app', 'components', 'lib', 'i18n', 'messages', 'public', 'types', 'global.d.ts', 'scripts/dev.mjs'],
  ...['next.config.mjs', 'contentlayer.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'package.json'],
];
let base = '';

/** A port the system reports free (next dev needs a number before it starts). */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0);
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

let server: ReturnType<typeof spawn> | undefined;
let log = '';

async function page(path: string): Promise<string> {
  for (let attempt = 0; attempt < 110; attempt++) {
    const response = await fetch(`${base}${path}`).catch(() => undefined);
    if (response?.ok) return response.text();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run dev never served ${path}:\n${log}`);
}

describe('npm run dev (fixture content with a stale translation)', { timeout: 60_000 }, () => {
  before(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    rmSync(site, { recursive: true, force: true });
    mkdirSync(join(site, 'scripts'), { recursive: true });
    for (const entry of project) cpSync(join(root, entry), join(site, entry), { recursive: true });
    cpSync(fixtureContent, join(site, 'content'), { recursive: true });
    const source = join(site, 'content/projects/alpha/ja.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('速くしました。', 'とても速くしました。'));
    server = spawn('node', ['scripts/dev.mjs', '--port', String(port)], {
      cwd: site,
      env: { ...process.env, CONTENT_DIR: 'content', NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  });

  after(async () => {
    if (server?.pid) {
      const group = -server.pid;
      process.kill(group);
      // Every process of the group gone (the watcher, `next dev` and its server write their
      // last files as they exit), then the copy goes; kill(…, 0) throws once none is left.
      for (let waited = 0; waited < 20_000; waited += 100) {
        try {
          process.kill(group, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    rmSync(site, { recursive: true, force: true, maxRetries: 5 });
  });

  it('shows a notice on the page drawn from the stale translation, naming the file and the command', async () => {
    const html = await page('/en/projects/alpha');
    assert.match(html, /role="status"/);
    assert.match(html, /content\/projects\/alpha\/en\.md/);
    assert.match(html, /npm run translated -- content\/projects\/alpha\/en\.md/);
  });

  it('shows no notice on a page whose translations are current, nor on the source language', async () => {
    assert.doesNotMatch(await page('/en/projects/beta'), /npm run translated/);
    assert.doesNotMatch(await page('/ja/projects/alpha'), /npm run translated/);
  });

  it('shows the drafts, badged, that no build has', async () => {
    const html = await page('/en/projects/gamma');
    assert.match(html, /Gamma draft/);
    assert.match(html, /class="draft-badge"/);
    assert.match(await page('/en/projects/alpha'), /<h3 id="later" data-draft="Draft">/);
  });
});
