// The framework floor for the benchmarks: a bare Next app-router page (one h1, one paragraph)
// on the very versions this project installs, built fresh in .bench/floor. It sits inside the
// project because Turbopack resolves packages only below its root, and this root is ours.
// Two more pages of the same app tell where the site's distance from the floor comes from:
// `/styled`, the floor with one small stylesheet, and `/sized`, the floor padded with text to a
// given size.
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
  'app/styled/page.tsx': `import './styled.css';

export default function Page() {
  return (
    <main>
      <h1>Framework floor, styled</h1>
      <p>The bare page with one small stylesheet, as every real page has.</p>
    </main>
  );
}
`,
  'app/styled/styled.css': 'body { margin: 2rem; font-family: sans-serif; }\nh1 { color: #0f766e; }\n',
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
};

/** A page whose HTML is about `bytes` long: Next writes its text twice (HTML and RSC payload). */
function sizedPage(bytes: number) {
  const text = 'Lorem ipsum dolor sit amet. '.repeat(Math.max(1, Math.round((bytes - 4700) / 2 / 28)));
  return `export default function Page() {
  return (
    <main>
      <h1>Framework floor, sized</h1>
      <p>${text}</p>
    </main>
  );
}
`;
}

/** Builds the floor app; `sizedBytes` sets the size of its `/sized` page. */
export function buildFloor(sizedBytes = 4700): string {
  rmSync(floorDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries({ ...files, 'app/sized/page.tsx': sizedPage(sizedBytes) })) {
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
