// `npm run build`: the site as static files in out/ — the product every host serves. One
// `next build`, then: Next's runtime out of every page (scripts/static-export.ts), the résumé
// PDFs printed from the finished pages as production serves them, and the résumé's PDF links
// settled (each states its size, or goes if Chromium was not there to print it).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { routing } from '../i18n/routing';
import { printResumePdfs } from './print-resume-pdfs';
import { recordRelease } from './release-record';
import { startSiteServer } from './site-server';
import { removeFrameworkJavaScript, settleResumePdfLinks } from './static-export';
import { chromiumPath } from './support';

const outDir = 'out';

/** Runs a step; a failed step has said why, and ends the build. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`\nnpm run build: \`${command} ${args.join(' ')}\` failed (see above).`);
    process.exit(1);
  }
}

// A release: invalid content and stale translations stop it (lib/content-validation.ts).
run('npx', ['contentlayer2', 'build', '--clearCache'], { ...process.env, CONTENT_RELEASE: '1' });
rmSync(outDir, { recursive: true, force: true });
run('npx', ['next', 'build']);
removeFrameworkJavaScript(outDir);

const executablePath = chromiumPath();
if (executablePath) {
  const site = await startSiteServer(outDir, 3298);
  try {
    await printResumePdfs(site.base, outDir, executablePath);
  } finally {
    await site.close();
  }
} else {
  console.warn(
    '\nrésumé PDF: no Chromium found (set CHROMIUM_PATH, or apt-get install chromium). ' +
      'The site is built without PDFs; the résumé page offers print and JSON Resume instead.\n',
  );
}
for (const locale of routing.locales) settleResumePdfLinks(outDir, locale);
// Last: out/release.json describes the export as finished (scripts/release-record.ts).
recordRelease(outDir);
console.log(`\nThe site is in ${outDir}/: \`npm start\` serves it as production does.`);
