import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnmatchLiteral, keyValueStoreSwitch, releaseIdFor, releaseIdPattern } from '../../scripts/release-store.ts';

const kvsArn = 'arn:aws:cloudfront::123456789012:key-value-store/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('release ids', () => {
  it("are the UTC build time to the second and the commit's first seven characters", () => {
    assert.equal(
      releaseIdFor('7c83e28a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e', new Date('2026-12-01T21:00:00.123Z')),
      '20261201T210000Z-7c83e28',
    );
    assert.match(releaseIdFor('abcdef0', new Date('2027-01-02T03:04:05+09:00')), releaseIdPattern);
    assert.equal(releaseIdFor('abcdef0', new Date('2027-01-02T03:04:05+09:00')), '20270101T180405Z-abcdef0');
  });

  it('sort in time order', () => {
    const earlier = releaseIdFor('fffffff', new Date('2026-12-01T09:59:59Z'));
    const later = releaseIdFor('0000000', new Date('2026-12-01T10:00:00Z'));
    assert.ok(earlier < later);
  });

  it('need a commit and a time', () => {
    assert.throws(() => releaseIdFor('unknown', new Date()), /needs the commit/);
    assert.throws(() => releaseIdFor('abcdef0', new Date('nonsense')), /needs the time/);
  });
});

describe("a carry-over's aws-cli filters", () => {
  it('match each key as it is, however it is spelled', () => {
    assert.equal(fnmatchLiteral('_next/static/chunks/0123abcd.css'), '_next/static/chunks/0123abcd.css');
    assert.equal(fnmatchLiteral('ja/[id]/card?.png*'), 'ja/[[]id]/card[?].png[*]');
  });
});

describe('the key value store switch, through aws cloudfront-keyvaluestore', () => {
  it('reads the live key, and treats a missing key as no release live', async () => {
    const calls: string[][] = [];
    const live = keyValueStoreSwitch(kvsArn, (args) => {
      calls.push([...args]);
      return Promise.resolve(JSON.stringify({ Key: 'live', Value: '20261201T210000Z-7c83e28', ItemCount: 1, TotalSizeInBytes: 28 }));
    });
    assert.equal(await live.get(), '20261201T210000Z-7c83e28');
    assert.deepEqual(calls, [['cloudfront-keyvaluestore', 'get-key', '--kvs-arn', kvsArn, '--key', 'live']]);
    const empty = keyValueStoreSwitch(kvsArn, () =>
      Promise.reject(new Error('An error occurred (ResourceNotFoundException) when calling the GetKey operation')),
    );
    assert.equal(await empty.get(), undefined);
    const broken = keyValueStoreSwitch(kvsArn, () => Promise.reject(new Error('AccessDeniedException')));
    await assert.rejects(broken.get(), /AccessDenied/);
  });

  it("writes it with the store's current ETag, so a concurrent change fails rather than being lost", async () => {
    const calls: string[][] = [];
    const live = keyValueStoreSwitch(kvsArn, (args) => {
      calls.push([...args]);
      return Promise.resolve(
        args[1] === 'describe-key-value-store' ? JSON.stringify({ ETag: 'KV1F83G8C2ARO7P', KeyValueStore: {} }) : '{}',
      );
    });
    await live.put('20261202T090000Z-0a1b2c3');
    assert.deepEqual(calls, [
      ['cloudfront-keyvaluestore', 'describe-key-value-store', '--kvs-arn', kvsArn],
      [
        'cloudfront-keyvaluestore',
        'put-key',
        '--kvs-arn',
        kvsArn,
        '--key',
        'live',
        '--value',
        '20261202T090000Z-0a1b2c3',
        '--if-match',
        'KV1F83G8C2ARO7P',
      ],
    ]);
  });
});
