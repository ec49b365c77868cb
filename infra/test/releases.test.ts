import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  awsReleaseStore,
  deployRelease,
  releaseIdFor,
  retiredTag,
  type AwsRunner,
  type LiveSwitch,
  type ManagedReleaseStore,
} from '../../scripts/release-store.ts';
import { loadViewerFunction, standInKeyValueStore, viewerOutcome } from '../lib/viewer-function.ts';
import { deploymentsOf, localAws, python, runDeployments } from './support/aws-cli.ts';
import { startFakeS3 } from './support/fake-s3.ts';
import { makeStaticExport, synthSite } from './support/site-app.ts';
import { viewerRequestEvent } from './support/viewer-request.ts';

// Releases, simulated end to end on this machine: two different exports, each synthesized as its
// release and uploaded with the deployment's own aws-cli commands into a local fake S3; the
// release commands (scripts/release-store.ts) run with the same aws-cli against it; requests go
// through the shipped viewer-request function, reading a stand-in for the key value store, to
// the bucket, as CloudFront would send them (a missing key is the root 404 page, status 404).

const bucket = 'site-content';

/** An export whose every file says which release it is, with pages naming their assets. */
function release(name: string, commit: string, builtAt: string, extra: Record<string, string> = {}) {
  const css = `/_next/static/chunks/${name.toLowerCase()}0000000.css`;
  const page = (title: string) =>
    `<!doctype html><title>${title} (${name})</title><link rel="stylesheet" href="${css}">` +
    `<meta property="og:image" content="https://rui-iizumi.example/ja/card.png">`;
  return {
    id: releaseIdFor(commit, new Date(builtAt)),
    files: {
      '404.html': `<!doctype html><title>not found (${name})</title><link rel="stylesheet" href="${css}">`,
      'ja.html': page('ja'),
      'en.html': page('en'),
      'ja/card.png': `card ${name}`,
      'site.js': `/* ${name} */`,
      [css.slice(1)]: `body{--release:${name}}`,
      'release.json': JSON.stringify({ origin: 'https://rui-iizumi.example', commit, builtAt }),
      ...extra,
    } satisfies Record<string, string>,
  };
}

const first = release('A', 'aaaaaaa1234567890', '2026-11-30T08:00:00.000Z', {
  // A page the next release removes, and its card, which open copies of the page still name.
  'ja/projects/gone.html': '<!doctype html><title>gone (A)</title><meta property="og:image" content="/ja/projects/gone/card.png">',
  'ja/projects/gone/card.png': 'card gone A',
});
const second = release('B', 'bbbbbbb7654321000', '2026-12-01T21:00:00.000Z', {
  'ja/projects/new.html': '<!doctype html><title>new (B)</title>',
});
const third = release('C', 'ccccccc0000000000', '2026-12-01T22:00:00.000Z');
const releases = [first, second, third];

/** The URL a visitor asks for, for a file of the export. */
const urlOf = (file: string) => `/${file.replace(/\.html$/, '')}`;
const urlsOf = (files: Record<string, string>) => Object.keys(files).map(urlOf);

// The two suites run side by side: each aws-cli run is a python start of a second or more.
describe('releases', { skip: python ? false : 'python3 is not installed', concurrency: 2 }, () => {
  // Within each, in order: every step starts from the state the one before left.
  describe('releases, simulated with the real aws-cli, fake S3 and the shipped function', { concurrency: 1 }, () => {
    let s3: Awaited<ReturnType<typeof startFakeS3>>;
    let aws: AwsRunner;
    let store: ManagedReleaseStore;
    const kvs = standInKeyValueStore();
    const liveSwitch: LiveSwitch = {
      get: () => Promise.resolve(kvs.values.get('live')),
      put: (id) => {
        kvs.values.set('live', id);
        return Promise.resolve();
      },
    };
    const { handler } = loadViewerFunction({ store: kvs });
    const logs: string[] = [];

    /** CloudFront in small: the function, then the bucket by the rewritten key, else /404.html. */
    const edge = async (uri: string) => {
      const result = viewerOutcome(await handler(viewerRequestEvent({ uri })));
      if (result.kind === 'response') return { status: result.statusCode, body: '' };
      const object = s3.objects.get(result.uri.slice(1));
      if (object) return { status: 200, body: object.body.toString('utf8') };
      const notFound = s3.objects.get('404.html');
      return { status: 404, body: notFound?.body.toString('utf8') ?? '' };
    };
    /** Which of the releases a body is byte for byte (at the given path), if exactly one. */
    const whose = (file: string, body: string) => {
      const owners = releases.filter((candidate) =>
        Object.entries(candidate.files).some(([name, content]) => name === file && content === body),
      );
      return owners.length === 1 ? owners[0] : undefined;
    };
    const fileOf = (url: string) => {
      const name = url.slice(1);
      return name.includes('.') ? name : `${name}.html`;
    };
    const allUrls = [...new Set(releases.flatMap((each) => urlsOf(each.files)))];

    before(async () => {
      s3 = await startFakeS3(bucket);
      aws = await localAws(s3.endpoint);
      store = awsReleaseStore({ bucketName: bucket, live: liveSwitch, run: aws });
      // Each release as `npm run deploy` uploads it: its own synth (-c releaseId=…), its own commands.
      for (const each of [first, second]) {
        const outDir = makeStaticExport(each.files);
        await runDeployments(aws, deploymentsOf(synthSite({ outDir, releaseId: each.id }).json), outDir, bucket);
      }
    });
    after(async () => {
      await s3.close();
    });

    it('keeps both uploads, each whole under its own prefix, and none is live before the first switch', async () => {
      assert.deepEqual(s3.unexpected, []);
      for (const each of [first, second]) {
        for (const [file, content] of Object.entries(each.files)) {
          assert.equal(s3.objects.get(`releases/${each.id}/${file}`)?.body.toString('utf8'), content, `${each.id}/${file}`);
        }
      }
      assert.equal(await store.live(), undefined);
      assert.deepEqual(
        (await store.list()).map(({ id, live }) => ({ id, live })),
        [
          { id: second.id, live: false },
          { id: first.id, live: false },
        ],
      );
      assert.equal((await edge('/ja')).status, 503);
    });

    it("the first switch makes every page, asset and the 404 page the first release's, and only its", async () => {
      const outcome = await deployRelease({ store, id: first.id, verify: () => Promise.resolve(), log: (line) => logs.push(line) });
      assert.equal(outcome.ok, true);
      for (const url of urlsOf(first.files)) {
        const answer = await edge(url);
        assert.equal(answer.status, 200, url);
        assert.equal(whose(fileOf(url), answer.body), first, url);
      }
      const missing = await edge('/ja/projects/new');
      assert.equal(missing.status, 404);
      assert.equal(missing.body, first.files['404.html']);
    });

    it("after the switch to the second, every answer is the second release's; the first's old page still finds its assets", async () => {
      const oldPage = await edge('/ja/projects/gone');
      const named = [...oldPage.body.matchAll(/(?:href|content)="(?:https:\/\/rui-iizumi\.example)?(\/[^"]+)"/g)].map(
        (match) => match[1] ?? '',
      );
      const oldCss = (await edge('/ja')).body.match(/href="([^"]+\.css)"/)?.[1] ?? '';
      assert.ok(named.includes('/ja/projects/gone/card.png') && oldCss !== '');

      const outcome = await deployRelease({ store, id: second.id, verify: () => Promise.resolve(), log: (line) => logs.push(line) });
      assert.ok(outcome.ok);
      assert.equal(outcome.previous, first.id);
      assert.equal(await store.live(), second.id);

      for (const url of allUrls) {
        const answer = await edge(url);
        const file = fileOf(url);
        if (file in second.files) {
          assert.equal(answer.status, 200, url);
          assert.equal(whose(file, answer.body), second, `${url} is not the second release's`);
        } else if (file.endsWith('.html')) {
          // A page the second release removed is gone, with the second release's 404 page.
          assert.equal(answer.status, 404, url);
          assert.equal(answer.body, second.files['404.html'], url);
        }
      }
      // What an open copy of the first release's pages names still loads, byte for byte.
      for (const asset of [...named, oldCss]) {
        const answer = await edge(asset);
        assert.equal(answer.status, 200, asset);
        assert.equal(answer.body, first.files[asset.slice(1)] ?? second.files[asset.slice(1)], asset);
      }
      assert.deepEqual(outcome.carried, ['_next/static/chunks/a0000000.css', 'ja/projects/gone/card.png']);
      // Carried with their headers, by requests the fake S3 knows.
      for (const file of outcome.carried) {
        const original = s3.objects.get(`releases/${first.id}/${file}`);
        const copy = s3.objects.get(`releases/${second.id}/${file}`);
        assert.deepEqual([copy?.contentType, copy?.cacheControl], [original?.contentType, original?.cacheControl], file);
      }
      assert.deepEqual(s3.unexpected, []);
      // The first release itself is as it was uploaded.
      for (const [file, content] of Object.entries(first.files)) {
        assert.equal(s3.objects.get(`releases/${first.id}/${file}`)?.body.toString('utf8'), content);
      }
    });

    it('rollback serves the first release again, byte for byte, the 404 page included', async () => {
      await store.switchTo(first.id);
      for (const url of urlsOf(first.files)) {
        const answer = await edge(url);
        assert.equal(answer.status, 200, url);
        assert.equal(answer.body, first.files[fileOf(url)], url);
      }
      const missing = await edge('/ja/projects/new');
      assert.equal(missing.status, 404);
      assert.equal(missing.body, first.files['404.html']);
    });

    it('a failing verification switches back to the release that was live, and says so', async () => {
      const outDir = makeStaticExport(third.files);
      await runDeployments(aws, deploymentsOf(synthSite({ outDir, releaseId: third.id }).json), outDir, bucket);
      let seenDuringVerify = '';
      const outcome = await deployRelease({
        store,
        id: third.id,
        verify: async () => {
          seenDuringVerify = (await edge('/ja')).body;
          throw new Error('https://rui-iizumi.example/ja answered 500');
        },
        log: (line) => logs.push(line),
      });
      assert.equal(seenDuringVerify, third.files['ja.html'], 'verification did not see the new release live');
      assert.equal(outcome.ok, false);
      assert.equal(await store.live(), first.id);
      assert.equal((await edge('/ja')).body, first.files['ja.html']);
      assert.ok(
        logs.some((line) => line.includes(`switched back to ${first.id}`) && line.includes('answered 500')),
        logs.join('\n'),
      );
    });

    it('refuses to switch to an unknown release, naming it', async () => {
      await assert.rejects(store.switchTo('20201010T101010Z-0000000'), /no kept release 20201010T101010Z-0000000.*npm run releases/);
      await assert.rejects(store.switchTo('latest'), /"latest" is not a release id/);
      assert.equal(await store.live(), first.id);
    });
  });

  describe('retention', { concurrency: 1 }, () => {
    it('retires all but the live release and the newest five, for the lifecycle rule, and no longer offers them', async () => {
      // A bucket of its own with eight small releases: the oldest is live (a rollback), so the
      // second and third oldest go, and nothing else.
      const small = await startFakeS3(bucket);
      try {
        const smallStore = awsReleaseStore({
          bucketName: bucket,
          live: { get: () => Promise.resolve(ids[0]), put: () => Promise.resolve() },
          run: await localAws(small.endpoint),
        });
        const ids = Array.from({ length: 8 }, (_, index) => `2026120${index + 1}T000000Z-${String(index).repeat(7)}`);
        for (const id of ids) {
          const record = JSON.stringify({ origin: 'https://rui-iizumi.example', commit: id.slice(-7), builtAt: '2026-12-01T00:00:00Z' });
          for (const [file, body] of [
            ['release.json', record],
            ['ja.html', id],
          ] as const) {
            small.objects.set(`releases/${id}/${file}`, {
              body: Buffer.from(body),
              contentType: undefined,
              cacheControl: undefined,
              lastModified: new Date(0),
            });
          }
        }
        const retired = await smallStore.retire(5);
        assert.deepEqual(retired, [ids[2], ids[1]]);
        const tagged = (key: string) => small.tags.get(key)?.[retiredTag.key] === retiredTag.value;
        for (const key of small.objects.keys()) {
          assert.equal(tagged(key), retired.includes(key.split('/')[1] ?? ''), key);
        }
        assert.deepEqual(
          (await smallStore.list()).map((each) => each.id),
          [...ids.slice(3)].reverse().concat(ids[0] ?? ''),
        );
        await assert.rejects(smallStore.switchTo(ids[1] ?? ''), /no kept release/);
        assert.deepEqual(await smallStore.retire(5), [], 'a second retire retires nothing more');
        assert.deepEqual(small.unexpected, []);
      } finally {
        await small.close();
      }
    });
  });
});
