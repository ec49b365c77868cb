// What the tests need from the system, before they run: a Chromium to drive, poppler's pdftoppm
// (the résumé PDFs' QR codes are read from rendered pages) and a Java for the Nu HTML Checker
// (vnu.jar from npm's vnu-jar, run over out/ by tests/export/html-valid.test.ts).
// Chromium is found as every script finds it (scripts/support.ts). Whatever is missing is
// installed with apt-get where it can be (a fresh CI machine).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, debianHeadlessShell, headlessShellPath } from './support';

const browser = chromiumPath();
// Debian's headless shell runs the e2e pages for less CPU; without apt-get the full browser does.
const wantsShell = !process.env.CHROMIUM_PATH && !existsSync(debianHeadlessShell) && existsSync('/usr/bin/apt-get');
const hasPdftoppm = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const missing = [
  ...(browser ? [] : ['chromium']),
  ...(wantsShell ? ['chromium-headless-shell'] : []),
  ...(hasPdftoppm ? [] : ['poppler-utils']),
  ...(hasJava ? [] : ['default-jre-headless']),
];

if (missing.length > 0) {
  if (!existsSync('/usr/bin/apt-get')) {
    console.error(
      `The tests need ${missing.join(' and ')}. Install them (Debian: apt-get install ${missing.join(' ')}; ` +
        'for the browser, elsewhere: npx playwright install chromium, or set CHROMIUM_PATH; for vnu, any Java 11 or later).',
    );
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`test tools: installing ${missing.join(' ')} with apt-get`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
}
console.log(`e2e browser: ${headlessShellPath() ?? 'none'}`);
