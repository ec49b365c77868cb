import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Next's metadata image routes (`opengraph-image.tsx`, `apple-icon.tsx`) export PNG files
 * without an extension. The viewer-request function leaves these names alone; every other
 * extension-less path is a page and gets `.html`.
 */
export const extensionlessPngNames: readonly string[] = ['opengraph-image', 'apple-icon'];

/** Browsers and the edge keep pages, payloads and images this long (deploys invalidate the edge). */
export const pageCacheControl = 'public, max-age=300';
/** `_next/static/*` is content-hashed: a file under a given name never changes. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * One `BucketDeployment` of out/. Each deployment runs `aws s3 sync` with its own filters, and
 * sync applies the filters to the destination too: with `--delete` it only removes keys that
 * pass them. So groups whose filters are disjoint never touch, let alone delete, one another's
 * files, whatever their `prune`. The one group without patterns takes everything the others do
 * not, and deploys (prunes, invalidates) after them.
 */
export interface ContentGroup {
  readonly id: string;
  /** aws s3 sync patterns (fnmatch: `*` matches `/` too), relative to out/; none = the rest. */
  readonly patterns?: readonly string[];
  /** Otherwise the type that aws-cli guesses from the file name. */
  readonly contentType?: string;
  readonly cacheControl: string;
  readonly prune: boolean;
}

export const contentGroups: readonly ContentGroup[] = [
  {
    id: 'StaticAssets',
    patterns: ['_next/static/*'],
    cacheControl: immutableCacheControl,
    // Old hashed chunks stay: a page loaded before a deploy still fetches the chunks it names.
    // They are a few hundred KB per release.
    prune: false,
  },
  {
    id: 'SocialImages',
    // Both the top level (`apple-icon`) and any depth (`ja/projects/x/opengraph-image`).
    patterns: extensionlessPngNames.flatMap((name) => [name, `*/${name}`]),
    // aws-cli guesses types from extensions, and these files have none.
    contentType: 'image/png',
    cacheControl: pageCacheControl,
    prune: true,
  },
  {
    id: 'Pages',
    cacheControl: pageCacheControl,
    prune: true,
  },
];

/** The `exclude`/`include` of a group's `BucketDeployment` (the handler passes excludes first). */
export function syncFilters(group: ContentGroup, groups: readonly ContentGroup[] = contentGroups): { exclude: string[]; include?: string[] } {
  if (group.patterns) return { exclude: ['*'], include: [...group.patterns] };
  return { exclude: groups.filter((other) => other !== group).flatMap((other) => other.patterns ?? []) };
}

/** out/'s files as sync sees them: paths relative to out/, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isPng(file: string): boolean {
  const head = Buffer.alloc(pngSignature.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(pngSignature);
}

/**
 * Fails the synth when out/ holds an extension-less file that is not a known PNG route (a new
 * metadata route such as `twitter-image` would otherwise be served as a page path that 404s,
 * with a guessed content type), or when a known one is not a PNG.
 */
export function checkExtensionlessFiles(outDir: string): void {
  for (const file of listFiles(outDir)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name.includes('.')) continue;
    if (!extensionlessPngNames.includes(name)) {
      throw new Error(
        `${path.join(outDir, file)} has no extension and is not a known image route: add its name to ` +
          'extensionlessPngNames (infra/lib/site-content.ts) and EXTENSIONLESS_FILES (infra/functions/viewer-request.js).',
      );
    }
    if (!isPng(path.join(outDir, file))) {
      throw new Error(`${path.join(outDir, file)} is served as image/png but is not a PNG file.`);
    }
  }
}

/**
 * Whether there is a static export to deploy. A fresh clone has no out/ (synth and the tests
 * still work); an out/ without the export's 404 page is a broken or unfinished export, and
 * deploying it would prune the live site down to it.
 */
export function hasStaticExport(outDir: string): boolean {
  if (!existsSync(outDir)) return false;
  if (!statSync(outDir).isDirectory() || !existsSync(path.join(outDir, '404.html'))) {
    throw new Error(`${outDir} is not a complete static export (no 404.html): run \`npm run export\` at the repository root.`);
  }
  return true;
}
