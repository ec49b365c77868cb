// `npm run releases` and `npm run rollback [-- ID]`: the kept releases of the deployed site, and
// the switch back, in seconds and without a build (infra/README.md, "Releases"). AWS is reached
// with the installed aws-cli and the credentials it finds, through the stack's outputs.
import { pathToFileURL } from 'node:url';
import { deployedReleaseStore, type Release, type ReleaseStore } from './release-store';

const usage = {
  list: `Usage: npm run releases

Lists the releases the site keeps (newest first): id, commit, build time, and which one is live.
Reads the stack PortfolioSite's outputs with the aws-cli (credentials as for \`npm run deploy\`).`,
  rollback: `Usage: npm run rollback [-- ID]

Makes another kept release live, in seconds and without a build: without ID the one before the
live release, with ID that release (\`npm run releases\` lists them). CloudFront serves it at
every edge within seconds; nothing is invalidated or uploaded.`,
};

export interface CliIo {
  readonly store: () => Promise<ReleaseStore>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

function table(releases: readonly Release[]): string[] {
  if (releases.length === 0) return ['No release is kept yet: `npm run deploy` makes the first.'];
  return releases.map(
    (release) =>
      `${release.live ? '*' : ' '} ${release.id}  ${release.commit.slice(0, 12).padEnd(12)}  ${release.builtAt}${release.live ? '  (live)' : ''}`,
  );
}

/** The release before the live one in time (ids sort by time), if any. */
export function previousRelease(releases: readonly Release[]): Release | undefined {
  const live = releases.find((release) => release.live);
  if (live === undefined) return undefined;
  return releases.filter((release) => release.id < live.id).sort((a, b) => b.id.localeCompare(a.id))[0];
}

/** Runs one command; resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'list' && command !== 'rollback') {
    io.err('Usage: tsx scripts/releases.ts list|rollback [ID]  (npm run releases, npm run rollback [-- ID])');
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usage[command]);
    return 0;
  }
  const unknownFlag = rest.find((arg) => arg.startsWith('-'));
  const extra = command === 'list' ? rest : rest.slice(1);
  if (unknownFlag !== undefined || extra.length > 0) {
    io.err(`Unexpected ${unknownFlag ?? extra.join(' ')}.\n${usage[command]}`);
    return 2;
  }
  try {
    const store = await io.store();
    if (command === 'list') {
      for (const line of table(await store.list())) io.out(line);
      return 0;
    }
    const releases = await store.list();
    const wanted = rest[0];
    let target: Release | undefined;
    if (wanted === undefined) {
      target = previousRelease(releases);
      if (target === undefined) {
        io.err(
          releases.some((release) => release.live)
            ? 'The live release is the oldest one kept: there is none before it to go back to. `npm run releases` lists them.'
            : 'No release is live yet, so there is nothing to go back from: `npm run deploy` makes the first.',
        );
        return 1;
      }
    } else {
      target = releases.find((release) => release.id === wanted);
      if (target === undefined) {
        io.err(`There is no kept release ${wanted}. Kept releases:\n${table(releases).join('\n')}`);
        return 1;
      }
    }
    if (target.live) {
      io.out(`${target.id} is already live.`);
      return 0;
    }
    await store.switchTo(target.id);
    io.out(`${target.id} (commit ${target.commit.slice(0, 12)}, built ${target.builtAt}) is live; every edge serves it within seconds.`);
    return 0;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), {
    store: () => deployedReleaseStore(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
