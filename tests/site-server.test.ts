import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer, type SiteServer } from '../scripts/site-server';

// `npm start` stands in for CloudFront: where CloudFront answers by itself, it must answer the
// same, or a test run against it would pass what production fails.
const files: Record<string, string> = {
  '404.html': '<!doctype html><title>not found</title>',
  'ja.html': '<!doctype html><title>ja page</title>',
  '_next/static/chunks/0123abcd.css': 'body{}',
};

function exportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-server-test-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('npm start, where it stands in for CloudFront', () => {
  const dir = exportDir();
  let site: SiteServer;
  let crashing: SiteServer;
  before(async () => {
    site = await startSiteServer(dir, 0);
    crashing = await startSiteServer(dir, 0, {
      viewerRequest: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'value')")),
    });
  });
  after(async () => {
    await Promise.all([site.close(), crashing.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves out/ as the live release: pages, hashed assets, and the 404 page for the rest', async () => {
    const page = await fetch(`${site.base}/ja`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /ja page/);
    assert.equal((await fetch(`${site.base}/_next/static/chunks/0123abcd.css`)).status, 200);
    const missing = await fetch(`${site.base}/ja/nothing-here`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /not found/);
  });

  it('answers 503 (FunctionExecutionError), not 404, when the viewer-request function throws', async () => {
    for (const path of ['/ja', '/', '/ja/nothing-here']) {
      const response = await fetch(`${crashing.base}${path}`, { redirect: 'manual' });
      assert.equal(response.status, 503, path);
      assert.match(await response.text(), /CloudFront function .* could not run/);
    }
  });

  it('refuses a method the distribution does not allow with 403, as CloudFront does', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await fetch(`${site.base}/ja`, { method });
      assert.equal(response.status, 403, method);
    }
    assert.equal((await fetch(`${site.base}/ja`, { method: 'HEAD' })).status, 200);
  });
});
