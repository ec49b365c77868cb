// What the e2e suite needs from the system, before `playwright test` runs: a Chromium to drive,
// and poppler's pdftoppm (the résumé PDFs' QR codes are read from rendered pages).
// Chromium is found as every script finds it (scripts/support.ts). Whatever is missing is
// installed with apt-get where it can be (a fresh CI machine).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './support';

const browser = chromiumPath();
const hasPdftoppm = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;
const missing = [...(browser ? [] : ['chromium']), ...(hasPdftoppm ? [] : ['poppler-utils'])];

if (browser) console.log(`e2e browser: ${browser}`);
if (missing.length > 0) {
  if (!existsSync('/usr/bin/apt-get')) {
    console.error(
      `The e2e tests need ${missing.join(' and ')}. Install them (Debian: apt-get install ${missing.join(' ')}; ` +
        'for the browser, elsewhere: npx playwright install chromium, or set CHROMIUM_PATH).',
    );
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`e2e tools: installing ${missing.join(' ')} with apt-get`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
}
