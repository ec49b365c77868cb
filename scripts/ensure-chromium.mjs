// Makes sure the e2e suite has a Chromium to drive, before `playwright test` runs.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, a browser `npx playwright install` put in
// place; failing those, Debian's package where apt-get can install it (a fresh CI machine).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()];
const found = candidates.find((path) => path && existsSync(path));

if (found) {
  console.log(`e2e browser: ${found}`);
} else if (existsSync('/usr/bin/apt-get')) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log('e2e browser: installing Debian chromium with apt-get');
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} else {
  console.error(
    'No Chromium for the e2e tests. Install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
