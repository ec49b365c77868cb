import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/files.ts';
import { hashedAssetsDir, immutableCacheControl, pageCacheControl } from '../../lib/http-headers.mjs';

/**
 * One `BucketDeployment` of out/ into its release's prefix, with its own Cache-Control. Each
 * deployment runs `aws s3 sync` with its own filters, so groups whose filters are disjoint never
 * touch one another's files. The one group without patterns takes everything the others do not.
 */
export interface ContentGroup {
  readonly id: string;
  /** aws s3 sync patterns (fnmatch: `*` matches `/` too), relative to out/; none = the rest. */
  readonly patterns?: readonly string[];
  /**
   * Otherwise the type that aws-cli guesses from the extension (python's `mimetypes`, whose
   * built-in table knows every extension the export has, `.webmanifest` included): only for an
   * extension it does not know.
   */
  readonly contentType?: string;
  readonly cacheControl: string;
}

export const contentGroups: readonly ContentGroup[] = [
  {
    id: 'StaticAssets',
    patterns: [`${hashedAssetsDir}/*`],
    cacheControl: immutableCacheControl,
  },
  // Text without a place of its own to name its charset, which Japanese needs. Python's table
  // knows no `.md` before 3.13 and calls `.vcf` the legacy `text/x-vcard`; its `.txt` (the
  // llms.txt and robots.txt) has no charset.
  { id: 'Markdown', patterns: ['*.md'], contentType: 'text/markdown; charset=utf-8', cacheControl: pageCacheControl },
  { id: 'VCards', patterns: ['*.vcf'], contentType: 'text/vcard; charset=utf-8', cacheControl: pageCacheControl },
  { id: 'Text', patterns: ['*.txt'], contentType: 'text/plain; charset=utf-8', cacheControl: pageCacheControl },
  {
    id: 'Pages',
    cacheControl: pageCacheControl,
  },
];

/** The `exclude`/`include` of a group's `BucketDeployment` (the handler passes excludes first). */
export function syncFilters(
  group: ContentGroup,
  groups: readonly ContentGroup[] = contentGroups,
): { exclude: string[]; include?: string[] } {
  if (group.patterns) return { exclude: ['*'], include: [...group.patterns] };
  return { exclude: groups.filter((other) => other !== group).flatMap((other) => other.patterns ?? []) };
}

/** out/'s files as sync sees them: paths relative to out/, with `/` separators (the site's own lister). */
export { listFiles };

/**
 * Fails the synth when out/ holds a file without an extension: S3 (aws-cli guesses types from
 * extensions) and any other generic host could not give it a content type, and the
 * viewer-request function would take its URL for a page and look for `.html`.
 */
export function checkFileExtensions(outDir: string): void {
  const file = listFiles(outDir).find((candidate) => path.posix.extname(candidate) === '');
  if (file !== undefined) {
    throw new Error(
      `${path.join(outDir, file)} has no extension: S3 could not give it a content type, and its URL would be served as a page. ` +
        'Give it an extension in the build (like card.png), then run `npm run export` again.',
    );
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
