// The kept releases and the one switch (infra/README.md, "Releases"): each deploy's export lives
// under `releases/<id>/` in the content bucket, and the CloudFront key value store's `live` key
// names the one that is served. This module lists them, switches between them, carries the
// previous release's assets into a new one, retires old ones for the lifecycle rule, and runs a
// switch with its verification and rollback. AWS is reached through the aws-cli (the commands
// the owner has installed), behind an injectable runner so that tests use a local fake S3 and a
// stand-in store. Node builtins only and no relative import: infra's tests import this file too.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `<UTC yyyymmddTHHMMSSZ>-<sha7>`: lexicographic order is time order. */
export const releaseIdPattern = /^\d{8}T\d{6}Z-[0-9a-f]{7}$/;

/** The prefix of every release in the bucket. */
export const releasesPrefix = 'releases/';

/** The key of the key value store that names the live release (functions/viewer-request.js reads it). */
export const liveKey = 'live';

/** The tag that the lifecycle rule expires (infra/lib/site-stack.ts); only retire() sets it. */
export const retiredTag = { key: 'release-retired', value: 'true' } as const;

/** Releases kept however old, besides the live one (at least 5, as the issue asks). */
export const defaultKeep = 5;

export interface Release {
  readonly id: string;
  readonly commit: string;
  /** ISO-8601, from the release's release.json. */
  readonly builtAt: string;
  readonly live: boolean;
}

export interface ReleaseStore {
  live(): Promise<string | undefined>;
  /** Kept releases, newest first (retired ones are left out). */
  list(): Promise<Release[]>;
  /** Makes a kept release live; refuses an unknown or retired id, naming it. */
  switchTo(id: string): Promise<void>;
}

/** The id of a release built from `commit` at `date`. */
export function releaseIdFor(commit: string, date: Date): string {
  if (!/^[0-9a-f]{7,40}$/.test(commit)) {
    throw new Error(`A release needs the commit it was built from (a git sha), not ${JSON.stringify(commit)}: build in a git checkout.`);
  }
  if (Number.isNaN(date.getTime())) throw new Error('A release needs the time it was built.');
  const stamp = date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `${stamp}-${commit.slice(0, 7)}`;
}

/** Runs one aws-cli command (arguments after `aws`) and resolves with its standard output. */
export type AwsRunner = (args: readonly string[]) => Promise<string>;

/** The installed `aws`, with JSON output; its error output becomes the error's message. */
export const awsCli: AwsRunner = (args) =>
  new Promise((resolve, reject) => {
    execFile('aws', [...args, '--output', 'json'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`aws ${args.slice(0, 2).join(' ')} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });

/** The switch itself: one value, read and written as a whole. */
export interface LiveSwitch {
  get(): Promise<string | undefined>;
  put(id: string): Promise<void>;
}

function parseJson(text: string, what: string): unknown {
  try {
    return text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw new Error(`${what} did not answer JSON: ${text.slice(0, 200)}`);
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

function stringField(value: unknown, key: string, what: string): string {
  const found = field(value, key);
  if (typeof found !== 'string') throw new Error(`${what} has no ${key}: ${JSON.stringify(value)}`);
  return found;
}

/**
 * The CloudFront key value store's `live` key through `aws cloudfront-keyvaluestore`: put-key
 * takes the store's current ETag (`--if-match`), so two switches at once cannot both win unseen.
 */
export function keyValueStoreSwitch(kvsArn: string, run: AwsRunner = awsCli): LiveSwitch {
  return {
    async get() {
      try {
        const answer = parseJson(await run(['cloudfront-keyvaluestore', 'get-key', '--kvs-arn', kvsArn, '--key', liveKey]), 'get-key');
        return stringField(answer, 'Value', 'get-key');
      } catch (error) {
        // Before the first release goes live the key does not exist.
        if (error instanceof Error && /ResourceNotFound|not found/i.test(error.message)) return undefined;
        throw error;
      }
    },
    async put(id) {
      const store = parseJson(
        await run(['cloudfront-keyvaluestore', 'describe-key-value-store', '--kvs-arn', kvsArn]),
        'describe-key-value-store',
      );
      const etag = stringField(store, 'ETag', 'describe-key-value-store');
      await run(['cloudfront-keyvaluestore', 'put-key', '--kvs-arn', kvsArn, '--key', liveKey, '--value', id, '--if-match', etag]);
    },
  };
}

export interface AwsReleaseStoreOptions {
  readonly bucketName: string;
  /** The switch: `keyValueStoreSwitch(KeyValueStoreArn)` in production, a stand-in in tests. */
  readonly live: LiveSwitch;
  readonly run?: AwsRunner;
  /** Extra arguments for every S3 command (a test's `--endpoint-url`). */
  readonly s3Args?: readonly string[];
}

/** A release store that can also prepare a new release and retire old ones (what deploys use). */
export interface ManagedReleaseStore extends ReleaseStore {
  /** Copies into `to` every file of `from`'s own export that `to` lacks, pages excepted; returns their paths. */
  carryOver(from: string, to: string): Promise<string[]>;
  /** Tags every release but the live one and the newest `keep` for the lifecycle rule; returns their ids. */
  retire(keep?: number): Promise<string[]>;
}

/** The file, in each release, that lists what carryOver() copied into it (so the next carry skips it). */
export const carriedFile = 'carried.json';

/** The marker retire() writes into a release before it tags its objects for the lifecycle rule. */
export const retiredFile = 'retired.json';

/** Files of a release that the store writes, never carried into another. */
const bookkeeping = new Set([carriedFile, retiredFile, 'release.json']);

/** Files per `aws s3 cp` of a carry-over: one `--include` each, well within any command line. */
const carryBatch = 200;

/** aws-cli processes that tag at once when a release is retired. */
const taggingConcurrency = 8;

/** An aws-cli filter (fnmatch) that matches exactly this key: `*`, `?` and `[` stand for themselves. */
export function fnmatchLiteral(key: string): string {
  return key.replace(/[*?[]/g, (special) => `[${special}]`);
}

/** Runs `work` on every item, at most `limit` at a time; rejects with the first failure. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A release built by the deploy (the export plus release.json) under `releases/<id>/`. */
export function awsReleaseStore({ bucketName, live, run = awsCli, s3Args = [] }: AwsReleaseStoreOptions): ManagedReleaseStore {
  const s3api = async (...args: string[]) =>
    parseJson(await run(['s3api', ...args, '--bucket', bucketName, ...s3Args]), `s3api ${args[0]}`);
  const readObject = async (key: string) => run(['s3', 'cp', `s3://${bucketName}/${key}`, '-', ...s3Args]);
  const putJson = async (key: string, value: unknown) => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'release-store-'));
    try {
      const file = path.join(scratch, 'body.json');
      writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
      await s3api('put-object', '--key', key, '--body', file, '--content-type', 'application/json', '--cache-control', 'no-store');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };
  const isTagged = async (key: string) => {
    const tags = field(await s3api('get-object-tagging', '--key', key), 'TagSet');
    return (
      Array.isArray(tags) && tags.some((tag: unknown) => field(tag, 'Key') === retiredTag.key && field(tag, 'Value') === retiredTag.value)
    );
  };

  /** Every release's files, from one listing of releases/ (the CLI follows its pages). */
  const inventory = async (): Promise<Map<string, Set<string>>> => {
    const answer = await s3api('list-objects-v2', '--prefix', releasesPrefix);
    const contents = field(answer, 'Contents');
    const files = new Map<string, Set<string>>();
    for (const entry of Array.isArray(contents) ? contents : []) {
      const [id = '', ...rest] = stringField(entry, 'Key', 'list-objects-v2').slice(releasesPrefix.length).split('/');
      if (!releaseIdPattern.test(id) || rest.length === 0) continue;
      const set = files.get(id) ?? new Set<string>();
      set.add(rest.join('/'));
      files.set(id, set);
    }
    return files;
  };
  /** Ids of the releases that can go live: complete (release.json, written last by nothing else) and not retired; newest first. */
  const keptIds = (files: Map<string, Set<string>>) =>
    [...files.entries()]
      .filter(([, set]) => set.has('release.json') && !set.has(retiredFile))
      .map(([id]) => id)
      .sort()
      .reverse();

  const store: ManagedReleaseStore = {
    live: () => live.get(),
    async list() {
      const [files, liveId] = await Promise.all([inventory(), live.get()]);
      return Promise.all(
        keptIds(files).map(async (id): Promise<Release> => {
          const record = parseJson(await readObject(`${releasesPrefix}${id}/release.json`), `${id}/release.json`);
          return {
            id,
            commit: stringField(record, 'commit', `${id}/release.json`),
            builtAt: stringField(record, 'builtAt', `${id}/release.json`),
            live: id === liveId,
          };
        }),
      );
    },
    async switchTo(id) {
      if (!releaseIdPattern.test(id)) {
        throw new Error(`${JSON.stringify(id)} is not a release id (like 20261201T210000Z-7c83e28): \`npm run releases\` lists them.`);
      }
      if (!keptIds(await inventory()).includes(id)) {
        throw new Error(`There is no kept release ${id}: \`npm run releases\` lists the ones that can go live.`);
      }
      // The 404 page first: CloudFront fetches it by a fixed path and runs no function for it.
      await s3api('copy-object', '--copy-source', `${bucketName}/${releasesPrefix}${id}/404.html`, '--key', '404.html');
      await live.put(id);
    },
    async carryOver(from, to) {
      const files = await inventory();
      const fromKeys = [...(files.get(from) ?? [])];
      const toKeys = [...(files.get(to) ?? [])];
      let alreadyCarried: string[] = [];
      if (fromKeys.includes(carriedFile)) {
        const listed = parseJson(await readObject(`${releasesPrefix}${from}/${carriedFile}`), carriedFile);
        alreadyCarried = Array.isArray(listed) ? listed.map(String) : [];
      }
      const present = new Set(toKeys);
      // Pages are not carried: a page the new release removed must be gone. Everything else an
      // old page may name (hashed styles, cards, PDFs, icons) stays reachable one release on.
      const carried = fromKeys
        .filter((key) => !present.has(key) && !alreadyCarried.includes(key) && !bookkeeping.has(key) && !key.endsWith('.html'))
        .sort();
      // One `aws s3 cp` per batch of files, not one process per file (a release has hundreds):
      // it lists `from` once and copies with its own thread pool, each object by CopyObject
      // (metadata and tags with it, as s3api copy-object does), or by parts, metadata kept.
      for (let start = 0; start < carried.length; start += carryBatch) {
        await run([
          's3',
          'cp',
          '--recursive',
          `s3://${bucketName}/${releasesPrefix}${from}/`,
          `s3://${bucketName}/${releasesPrefix}${to}/`,
          '--exclude',
          '*',
          ...carried.slice(start, start + carryBatch).flatMap((key) => ['--include', fnmatchLiteral(key)]),
          '--only-show-errors',
          ...s3Args,
        ]);
      }
      const scratch = mkdtempSync(path.join(tmpdir(), 'carried-'));
      try {
        const file = path.join(scratch, carriedFile);
        writeFileSync(file, `${JSON.stringify(carried, null, 2)}\n`);
        await s3api(
          'put-object',
          '--key',
          `${releasesPrefix}${to}/${carriedFile}`,
          '--body',
          file,
          '--content-type',
          'application/json',
          '--cache-control',
          'public, max-age=300',
        );
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
      return carried;
    },
    async retire(keep = defaultKeep) {
      if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a positive whole number, not ${keep}`);
      const [files, liveId] = await Promise.all([inventory(), live.get()]);
      const retired: string[] = [];
      for (const id of keptIds(files).slice(keep)) {
        if (id === liveId) continue;
        // The marker first: from then on list() and switchTo() no longer offer the release, even
        // if the tagging below stops halfway (a later retire() sees the marker and goes on).
        await putJson(`${releasesPrefix}${id}/${retiredFile}`, { retiredAt: new Date().toISOString() });
        retired.push(id);
      }
      // Every object of every retired release gets the lifecycle rule's tag, the marker last: a
      // tagged marker means the whole release is tagged (an interrupted run is finished here).
      const tag = `TagSet=[{Key=${retiredTag.key},Value=${retiredTag.value}}]`;
      for (const [id, set] of files) {
        const fresh = retired.includes(id);
        if ((!fresh && !set.has(retiredFile)) || id === liveId) continue;
        const marker = `${releasesPrefix}${id}/${retiredFile}`;
        if (!fresh && (await isTagged(marker))) continue;
        // S3 tags one object per request: a few at once, not one aws-cli process after another.
        await inPool(
          [...set].filter((name) => name !== retiredFile),
          taggingConcurrency,
          (file) => s3api('put-object-tagging', '--key', `${releasesPrefix}${id}/${file}`, '--tagging', tag),
        );
        await s3api('put-object-tagging', '--key', marker, '--tagging', tag);
      }
      return retired;
    },
  };
  return store;
}

/** `PortfolioSite`'s outputs, read with `aws cloudformation describe-stacks`. */
export async function stackOutputs(stackName = 'PortfolioSite', run: AwsRunner = awsCli): Promise<Record<string, string>> {
  const answer = parseJson(
    await run(['cloudformation', 'describe-stacks', '--stack-name', stackName, '--region', 'us-east-1']),
    'describe-stacks',
  );
  const stacks = field(answer, 'Stacks');
  const outputs = Array.isArray(stacks) ? field(stacks[0], 'Outputs') : undefined;
  const result: Record<string, string> = {};
  if (Array.isArray(outputs)) {
    for (const output of outputs) result[String(field(output, 'OutputKey'))] = String(field(output, 'OutputValue'));
  }
  return result;
}

/** The deployed site's store, from the stack's BucketName and KeyValueStoreArn outputs. */
export async function deployedReleaseStore(stackName = 'PortfolioSite', run: AwsRunner = awsCli): Promise<ManagedReleaseStore> {
  const outputs = await stackOutputs(stackName, run);
  const bucketName = outputs.BucketName;
  const kvsArn = outputs.KeyValueStoreArn;
  if (bucketName === undefined || kvsArn === undefined) {
    throw new Error(`The stack ${stackName} has no BucketName/KeyValueStoreArn output: deploy it once with \`npm run deploy\`.`);
  }
  return awsReleaseStore({ bucketName, live: keyValueStoreSwitch(kvsArn, run), run });
}

export interface DeployReleaseOptions {
  readonly store: ManagedReleaseStore;
  /** The release just uploaded (`cdk deploy -c releaseId=ID`). */
  readonly id: string;
  /** Checks the live site; throws (or rejects) naming what is wrong. */
  readonly verify: () => Promise<void>;
  readonly keep?: number;
  readonly log?: (line: string) => void;
}

export type DeployOutcome =
  | { readonly ok: true; readonly previous: string | undefined; readonly carried: string[]; readonly retired: string[] }
  | { readonly ok: false; readonly previous: string | undefined; readonly error: Error };

/**
 * Carry the live release's assets into the new one, switch, verify; on a failed verification,
 * switch back to the release that was live before (and say so). Old releases are retired only
 * after a verified switch, so a failed deploy changes nothing that was kept.
 */
export async function deployRelease({
  store,
  id,
  verify,
  keep = defaultKeep,
  log = console.log,
}: DeployReleaseOptions): Promise<DeployOutcome> {
  const previous = await store.live();
  const carried = previous !== undefined && previous !== id ? await store.carryOver(previous, id) : [];
  if (carried.length > 0) log(`Carried ${carried.length} file(s) of ${previous} into ${id}, for pages of it still open.`);
  await store.switchTo(id);
  log(`${id} is live.`);
  try {
    await verify();
  } catch (failure) {
    const error = failure instanceof Error ? failure : new Error(String(failure));
    if (previous === undefined) {
      log(`Verification of ${id} failed, and no release was live before it to go back to: ${error.message}`);
    } else {
      await store.switchTo(previous);
      log(`Verification of ${id} failed; switched back to ${previous}: ${error.message}`);
    }
    return { ok: false, previous, error };
  }
  const retired = await store.retire(keep);
  if (retired.length > 0) log(`Retired ${retired.join(', ')} (the lifecycle rule deletes them within days).`);
  return { ok: true, previous, carried, retired };
}
