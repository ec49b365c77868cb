// What the build, screenshot and benchmark scripts share: finding Chromium, launching it the way
// this machine needs, and serving a Next build (the benchmarks' framework floor) for a while.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** $CHROMIUM_PATH, Debian's Chromium, or a browser from `npx playwright install`. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].find((path) => path && existsSync(path));
}

/**
 * The browser the e2e tests drive: Debian's headless shell where it is installed (Playwright's
 * own default for headless runs; a page costs it about two thirds of the CPU the full browser
 * spends), else the one chromiumPath() finds. An explicit $CHROMIUM_PATH wins. The shell keeps
 * no back/forward cache, so the spec that tests the cache launches chromiumPath() itself.
 */
export function headlessShellPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return chromiumPath();
  return existsSync(debianHeadlessShell) ? debianHeadlessShell : chromiumPath();
}

/** Where Debian's chromium-headless-shell package installs the shell. */
export const debianHeadlessShell = '/usr/bin/chromium-headless-shell';

/** Without the background-networking flags, Chromium keeps dialling out, which a closed network refuses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(executablePath: string) {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export type RunningSite = { base: string; stop: () => Promise<void> };

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered at ${url}`);
}

/** `next start` on the production build in .next, in a process group of its own. */
export async function startNextServer(port: number, cwd = process.cwd()): Promise<RunningSite> {
  const server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd, stdio: 'ignore', detached: true });
  const base = `http://localhost:${port}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
    return Promise.resolve();
  };
  try {
    await waitFor(base);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
