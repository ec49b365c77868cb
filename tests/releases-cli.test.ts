import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Release, ReleaseStore } from '../scripts/release-store';
import { main } from '../scripts/releases';

// `npm run releases` / `npm run rollback` on a store in memory: what the owner reads and what
// each command switches. The store's own behaviour against S3 is infra/test/releases.test.ts's.
function memoryStore(ids: string[], liveId: string | undefined) {
  let live = liveId;
  const switches: string[] = [];
  const store: ReleaseStore = {
    live: () => Promise.resolve(live),
    list: () =>
      Promise.resolve(
        [...ids]
          .sort()
          .reverse()
          .map((id): Release => ({
            id,
            commit: `${id.slice(-7)}0123456789abcdef`,
            builtAt: '2026-12-01T21:00:00.000Z',
            live: id === live,
          })),
      ),
    switchTo: (id) => {
      if (!ids.includes(id)) return Promise.reject(new Error(`There is no kept release ${id}`));
      live = id;
      switches.push(id);
      return Promise.resolve();
    },
  };
  return { store, switches };
}

async function run(argv: string[], ids: string[], live: string | undefined) {
  const { store, switches } = memoryStore(ids, live);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { store: () => Promise.resolve(store), out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n'), switches };
}

const ids = ['20261129T100000Z-aaaaaaa', '20261130T100000Z-bbbbbbb', '20261201T100000Z-ccccccc'];

describe('npm run releases / npm run rollback', () => {
  it('have --help, which contacts nothing', async () => {
    for (const command of ['list', 'rollback']) {
      const { store } = memoryStore([], undefined);
      let asked = false;
      const out: string[] = [];
      const code = await main([command, '--help'], {
        store: () => {
          asked = true;
          return Promise.resolve(store);
        },
        out: (line) => out.push(line),
        err: () => undefined,
      });
      assert.equal(code, 0);
      assert.match(out.join('\n'), new RegExp(`^Usage: npm run ${command === 'list' ? 'releases' : 'rollback'}`));
      assert.equal(asked, false);
    }
  });

  it('list the kept releases newest first, with commit and time, marking the live one', async () => {
    const { code, out } = await run(['list'], ids, ids[1]);
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? '', /^ {2}20261201T100000Z-ccccccc {2}ccccccc01234 {2}2026-12-01T21:00:00\.000Z$/);
    assert.match(lines[1] ?? '', /^\* 20261130T100000Z-bbbbbbb .*\(live\)$/);
  });

  it('roll back to the release before the live one, or to the one named', async () => {
    assert.deepEqual((await run(['rollback'], ids, ids[2])).switches, [ids[1]]);
    const named = await run(['rollback', ids[0] ?? ''], ids, ids[2]);
    assert.equal(named.code, 0);
    assert.deepEqual(named.switches, [ids[0]]);
    assert.match(named.out, /20261129T100000Z-aaaaaaa .* is live/);
  });

  it('refuse an unknown release id with a clear message, switching nothing', async () => {
    const { code, err, switches } = await run(['rollback', '20260101T000000Z-0000000'], ids, ids[2]);
    assert.equal(code, 1);
    assert.match(err, /^There is no kept release 20260101T000000Z-0000000\. Kept releases:\n/);
    assert.deepEqual(switches, []);
  });

  it('say why there is nothing to go back to', async () => {
    const oldest = await run(['rollback'], ids, ids[0]);
    assert.equal(oldest.code, 1);
    assert.match(oldest.err, /oldest one kept/);
    const none = await run(['rollback'], ids, undefined);
    assert.equal(none.code, 1);
    assert.match(none.err, /No release is live yet/);
  });

  it('refuse unexpected arguments with the usage', async () => {
    const { code, err } = await run(['list', 'extra'], ids, ids[2]);
    assert.equal(code, 2);
    assert.match(err, /Unexpected extra\.\nUsage: npm run releases/);
  });
});
