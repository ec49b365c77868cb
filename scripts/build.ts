// `npm run build`: the site as static files in out/ — the product every host serves. One
// `next build`, then: Next's runtime out of every page (scripts/static-export.ts), the résumé
// PDFs printed from the finished pages as production serves them (scripts/print-resume-pdfs.ts).
//
// `npm run build -- --release` is the build that ships: it stops (exit 1, one line naming the fix)
// where a plain build, for a newcomer's preview, only warns: no Chromium to print the PDFs, or a
// PDF the résumé links that was not printed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { RESUME_PDFS_ENV } from '../lib/resume-files';
import { printResumePdfs, removePrintOnlyPages, unprintedResumePdfs, writePdfFacts } from './print-resume-pdfs';
import { recordRelease } from './release-record';
import { startSiteServer } from './site-server';
import { stripStaticExport } from './static-export';
import { chromiumPath, launchChromium } from './support';

const outDir = 'out';
const release = process.argv.slice(2).includes('--release');
const command = release ? 'npm run build -- --release' : 'npm run build';

/** Ends the build with one line that says what to do. */
function fail(message: string): never {
  console.error(`\n${command}: ${message}`);
  process.exit(1);
}

/** Runs a step; a failed step has said why, and ends the build. */
function run(program: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const { status } = spawnSync(program, args, { stdio: 'inherit', env });
  if (status !== 0) fail(`\`${program} ${args.join(' ')}\` failed (see above).`);
}

/** A Chromium that starts, or why not: decided before `next build`, so the résumé page is rendered knowing. */
async function printingChromium(): Promise<{ path?: string; problem?: string }> {
  const path = chromiumPath();
  if (!path) return { problem: 'no Chromium found' };
  try {
    await (await launchChromium(path)).close();
    return { path };
  } catch (error) {
    return { problem: `Chromium at ${path} does not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

// Invalid content and stale translations stop every build (lib/content-validation.ts).
run('npx', ['contentlayer2', 'build', '--clearCache'], { ...process.env, CONTENT_RELEASE: '1' });

const chromium = await printingChromium();
if (chromium.problem) {
  const fix = 'set CHROMIUM_PATH to a working Chromium, or apt-get install chromium';
  if (release) fail(`${chromium.problem} to print the résumé PDFs: ${fix}.`);
  console.warn(`\nrésumé PDF: ${chromium.problem} (${fix}). This preview is built without PDFs; the résumé page says so.\n`);
}

rmSync(outDir, { recursive: true, force: true });
run('npx', ['next', 'build'], { ...process.env, ...(chromium.path ? { [RESUME_PDFS_ENV]: 'print' } : {}) });
// Server components only, and nothing of Next's runtime left: else stop, naming each file.
const problems = stripStaticExport(outDir, '.next');
if (problems.length > 0) fail(`the static export breaks the site's contract:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);

if (chromium.path) {
  const site = await startSiteServer(outDir);
  try {
    writePdfFacts(outDir, await printResumePdfs(site.base, outDir, chromium.path));
  } finally {
    await site.close();
  }
}
removePrintOnlyPages(outDir);
const unprinted = unprintedResumePdfs(outDir);
if (unprinted.length > 0) fail(`the résumé links ${unprinted.join(', ')}, not printed: fix the printing error above and build again.`);

// Last: out/release.json describes the export as finished (scripts/release-record.ts).
recordRelease(outDir);
console.log(`\nThe site is in ${outDir}/: \`npm start\` serves it as production does.`);
