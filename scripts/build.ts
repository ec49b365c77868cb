// `npm run build` (for `next start`) and `npm run export` (static files in out/, `--static`):
// the production build, then the résumé PDFs printed from it, then the build once more so that
// the résumé page links each PDF with its size. Without Chromium there are no PDFs, and the page
// offers print and JSON Resume instead: never a link to a missing file.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { printResumePdfs, removeResumePdfs } from './resume-pdf';
import { chromiumPath, startNextServer, startStaticServer } from './support';

const target = process.argv.includes('--static') ? 'static' : 'server';
const env = target === 'static' ? { ...process.env, STATIC_EXPORT: '1' } : process.env;

function nextBuild() {
  const { status } = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (status !== 0) throw new Error(`next build failed (${target})`);
}

async function build() {
  removeResumePdfs();
  nextBuild();
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.warn(
      '\nrésumé PDF: no Chromium found (set CHROMIUM_PATH, or apt-get install chromium). ' +
        'The site is built without PDFs; the résumé page offers print and JSON Resume instead.\n',
    );
    return;
  }
  const site = target === 'server' ? await startNextServer(3298) : await startStaticServer(3298);
  try {
    await printResumePdfs(site.base, executablePath);
  } finally {
    await site.stop();
  }
  nextBuild();
}

// An export builds in .next too (Next has no other place for it): the server build there is
// set aside for the while and put back, so that `npm start` still serves it afterwards.
const serverBuild = '.next-server-build';
const setAside = target === 'static' && existsSync('.next');
if (setAside) {
  rmSync(serverBuild, { recursive: true, force: true });
  renameSync('.next', serverBuild);
}
try {
  await build();
} finally {
  if (setAside) {
    rmSync('.next', { recursive: true, force: true });
    renameSync(serverBuild, '.next');
  }
}
