// `npm run bench:load`: autocannon against `next start` on loopback, 50 connections for 20 s
// each, on the home page, a project page and a bare Next page (the framework floor) built in
// the same run, plus the floor padded to the project page's size for reference. Prints
// requests/s, latency and failures, and writes them to docs/performance.md. `--skip-build`
// reuses the build in .next.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import autocannon from 'autocannon';
import { buildFloor, floorDir } from './bench-floor';
import { machine, writeSection } from './bench-report';
import { startNextServer } from './support';

const connections = 50;
const duration = 20;

if (!process.argv.includes('--skip-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('npm run build failed');
}
const project = '/en/projects/jp-us-trading-app';
const projectBytes = statSync(`.next/server/app${project}.html`).size;
console.log('Building the framework floor…');
buildFloor(projectBytes);

const site = await startNextServer(3320);
const floor = await startNextServer(3321, floorDir);
const targets = [
  { name: 'floor (bare Next page)', url: `${floor.base}/` },
  { name: 'home (/ja)', url: `${site.base}/ja` },
  { name: `project (${project})`, url: `${site.base}${project}` },
  { name: 'floor padded to the project page', url: `${floor.base}/sized` },
];

const rows: string[] = [];
let floorRate = 0;
try {
  for (const { name, url } of targets) {
    // A short warm-up, so that no server is measured while it loads its code.
    await autocannon({ url, connections, duration: 3 });
    const result = await autocannon({ url, connections, duration });
    const rate = result.requests.average;
    const kB = (result.throughput.average / rate / 1000).toFixed(1);
    if (!floorRate) floorRate = rate;
    const nonOk = result.non2xx;
    rows.push(
      `| ${name} | ${kB} | ${Math.round(rate)} | ${(rate / floorRate).toFixed(2)} | ${result.latency.p50} | ${result.latency.p99} | ${nonOk} | ${result.errors + result.timeouts} |`,
    );
    console.log(
      `${name}: ${Math.round(rate)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${nonOk}, errors ${result.errors}`,
    );
  }
} finally {
  await site.stop();
  await floor.stop();
}

const table = [
  `autocannon, ${connections} connections × ${duration} s per page against \`next start\` on loopback (client and server share the machine), ${machine()}.`,
  '',
  '| Page | Response kB | Requests/s | × floor | p50 ms | p99 ms | Non-2xx | Errors |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...rows,
].join('\n');
console.log(`\n${table}\n`);
writeSection('load', table);
