import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isLoopbackHost, publicOriginProblem } from '@/lib/public-origin.mjs';
import { cdkContext, chromiumGate, DeployGateError, originGate, parseDeployArgs } from '@/scripts/deploy-gates';
import { readReleaseRecord, recordRelease } from '@/scripts/release-record';
import { releaseIdFor } from '@/scripts/release-store';

const dir = mkdtempSync(join(tmpdir(), 'deploy-gates-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The one line a gate fails with. */
function refusal(gate: () => unknown): string {
  try {
    gate();
  } catch (error) {
    assert.ok(error instanceof DeployGateError, String(error));
    assert.doesNotMatch(error.message, /\n/, 'more than one line');
    return error.message;
  }
  assert.fail('the gate let it through');
}

describe('the public origin gate', () => {
  it('takes an https origin from SITE_URL, or the custom domain', () => {
    assert.equal(originGate({ siteUrl: 'https://rui-iizumi.example/', domainName: undefined, dryRun: true }), 'https://rui-iizumi.example');
    assert.equal(originGate({ siteUrl: undefined, domainName: 'Rui-Iizumi.example', dryRun: true }), 'https://rui-iizumi.example');
    assert.equal(
      originGate({ siteUrl: 'https://rui-iizumi.example', domainName: 'rui-iizumi.example', dryRun: false }),
      'https://rui-iizumi.example',
    );
  });

  it("leaves a real deploy without either to the stack's domain, and refuses a dry run", () => {
    assert.equal(originGate({ siteUrl: undefined, domainName: undefined, dryRun: false }), undefined);
    assert.match(
      refusal(() => originGate({ siteUrl: '', domainName: undefined, dryRun: true })),
      /^No public origin: set SITE_URL=https:\/\//,
    );
  });

  it('refuses plain http, this machine, and more than an origin, naming the value and the fix', () => {
    for (const siteUrl of [
      'http://rui-iizumi.example',
      'https://localhost:3000',
      'https://127.0.0.1',
      'https://[::1]',
      'https://rui-iizumi.example/ja',
      'rui-iizumi.example',
    ]) {
      const message = refusal(() => originGate({ siteUrl, domainName: undefined, dryRun: false }));
      assert.ok(message.startsWith(`SITE_URL=${siteUrl}: `), message);
      assert.match(message, /Set SITE_URL to the site's public origin/);
    }
    assert.match(
      refusal(() => originGate({ siteUrl: 'http://localhost:3000', domainName: undefined, dryRun: true })),
      /is not https:\/\//,
    );
  });

  it('refuses a SITE_URL that is not the custom domain, naming both', () => {
    const message = refusal(() =>
      originGate({ siteUrl: 'https://d111111abcdef8.cloudfront.net', domainName: 'rui-iizumi.example', dryRun: true }),
    );
    assert.match(message, /d111111abcdef8\.cloudfront\.net is not the custom domain https:\/\/rui-iizumi\.example/);
  });

  it('knows the loopback names', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0', '::ffff:127.0.0.1'])
      assert.ok(isLoopbackHost(host), host);
    for (const host of ['rui-iizumi.example', 'localhost.example', '128.0.0.1', 'd111111abcdef8.cloudfront.net'])
      assert.ok(!isLoopbackHost(host), host);
    assert.equal(publicOriginProblem('https://rui-iizumi.example'), undefined);
  });
});

describe('the Chromium gate', () => {
  const present = join(dir, 'chromium');
  writeFileSync(present, '');

  it('refuses a CHROMIUM_PATH that names no file, even when another Chromium exists', () => {
    const message = refusal(() =>
      chromiumGate(
        { CHROMIUM_PATH: '/nonexistent' },
        () => present,
        () => true,
      ),
    );
    assert.match(message, /^CHROMIUM_PATH=\/nonexistent names no file/);
  });

  it('refuses a machine without Chromium, and one that does not start', () => {
    assert.match(
      refusal(() =>
        chromiumGate(
          {},
          () => undefined,
          () => true,
        ),
      ),
      /^No Chromium found .*apt-get install chromium/,
    );
    assert.match(
      refusal(() =>
        chromiumGate(
          {},
          () => present,
          () => false,
        ),
      ),
      /does not start/,
    );
  });

  it('passes the Chromium it found', () => {
    assert.equal(
      chromiumGate(
        { CHROMIUM_PATH: present },
        () => present,
        () => true,
      ),
      present,
    );
  });
});

describe('the command line', () => {
  it('takes --dry-run and CDK context, and refuses anything else', () => {
    assert.deepEqual(parseDeployArgs(['--dry-run', '-c', 'domainName=rui-iizumi.example', '--context=githubRepository=o/n']), {
      dryRun: true,
      context: { domainName: 'rui-iizumi.example', githubRepository: 'o/n' },
    });
    assert.match(
      refusal(() => parseDeployArgs(['--force'])),
      /^unknown option --force/,
    );
    assert.match(
      refusal(() => parseDeployArgs(['-c', 'releaseId=x'])),
      /chosen by npm run deploy/,
    );
  });

  it("reads the custom domain from infra/cdk.json's context, under the command line's", () => {
    const cdkJson = join(dir, 'cdk.json');
    writeFileSync(cdkJson, JSON.stringify({ context: { domainName: 'a.example', other: true } }));
    assert.equal(cdkContext(cdkJson, {}).domainName, 'a.example');
    assert.equal(cdkContext(cdkJson, { domainName: 'b.example' }).domainName, 'b.example');
    assert.deepEqual(cdkContext(join(dir, 'missing.json'), {}), {});
  });
});

describe('the release record', () => {
  it("names SITE_URL's origin, the commit and the time, and reads back", () => {
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = 'https://rui-iizumi.example/';
    try {
      const record = recordRelease(dir, new Date('2026-12-01T21:00:00Z'));
      assert.equal(record.origin, 'https://rui-iizumi.example');
      assert.equal(record.builtAt, '2026-12-01T21:00:00.000Z');
      assert.match(record.commit, /^([0-9a-f]{40}|unknown)$/);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8')), record);
      assert.deepEqual(readReleaseRecord(dir), record);
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
    assert.throws(() => readReleaseRecord(join(dir, 'nothing')), /missing or not JSON/);
  });

  it('gives release ids that sort as time does', () => {
    assert.equal(releaseIdFor('7c83e28d0f3b', new Date('2026-12-01T21:00:00.500Z')), '20261201T210000Z-7c83e28');
    const ids = ['2027-01-01T00:00:00Z', '2026-12-31T23:59:59Z', '2026-02-01T00:00:00Z'].map((date) =>
      releaseIdFor('abcdef0', new Date(date)),
    );
    assert.deepEqual([...ids].sort(), [ids[2], ids[1], ids[0]]);
  });
});
