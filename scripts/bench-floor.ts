// The framework floor for the benchmarks: a bare Next app-router page (one h1, one paragraph) on
// the very versions this project installs, built fresh in .bench/floor and served by `next
// start`, for comparison beside the site. It sits inside the project because Turbopack resolves
// packages only below its root, and this root is ours.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const floorDir = resolve('.bench/floor');

const files: Record<string, string> = {
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>A bare Next.js app-router page: one heading and one paragraph.</p>
    </main>
  );
}
`,
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
};

export function buildFloor(): string {
  rmSync(floorDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(floorDir, name, '..'), { recursive: true });
    writeFileSync(join(floorDir, name), text);
  }
  const { status } = spawnSync(process.execPath, [resolve('node_modules/next/dist/bin/next'), 'build'], {
    cwd: floorDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) throw new Error('The framework-floor app did not build');
  return floorDir;
}
