// Runs the real content step (`contentlayer2 build`) on a content tree of a test's own, in a
// sandbox folder that links to this project's code: what a build of that content would do.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const fixtureContent = join(root, 'tests/fixtures/content');

export type ContentBuild = { status: number | null; output: string; dir: string; content: string };

type Options = {
  /** A copy of this tree is built (default: the test fixture). */
  from?: string;
  /** Changes the copy before the build. */
  edit?: (content: string) => void;
  /** `npm run dev`'s mode: drafts shown. */
  drafts?: boolean;
  /** `npm run build`'s mode: stale translations fail it. */
  release?: boolean;
  /** Build here instead of a fresh temporary folder (emptied first). */
  dir?: string;
};

export function buildContent({ from = fixtureContent, edit, drafts = false, release = false, dir }: Options = {}): ContentBuild {
  const sandbox = dir ?? mkdtempSync(join(tmpdir(), 'content-'));
  rmSync(sandbox, { recursive: true, force: true });
  mkdirSync(sandbox, { recursive: true });
  for (const entry of ['node_modules', 'lib', 'i18n', 'messages', 'contentlayer.config.ts', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(root, entry), join(sandbox, entry));
  }
  const content = join(sandbox, 'content');
  cpSync(from, content, { recursive: true });
  edit?.(content);
  // Contentlayer finds its working directory through PWD, not the process's cwd.
  const env = {
    ...process.env,
    PWD: sandbox,
    INIT_CWD: sandbox,
    CONTENT_DIR: 'content',
    CONTENT_DRAFTS: drafts ? 'show' : '',
    CONTENT_RELEASE: release ? '1' : '',
  };
  const run = spawnSync(join(root, 'node_modules/.bin/contentlayer2'), ['build', '--clearCache'], { cwd: sandbox, env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, dir: sandbox, content };
}
