// `npm run bench:load`: autocannon, 50 connections for 20 s each, on loopback, against the
// longest project page as `npm start` serves it, beside the same file from plain static file
// servers in the same run (sirv alone, with no function and no headers; vercel's `serve`) and a
// bare Next page on `next start` (the framework floor). Writes the table to docs/performance.md.
// `--skip-build` reuses out/.
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import sirv from 'sirv';
import { routing } from '../i18n/routing';
import { buildFloor, floorDir } from './bench-floor';
import { machine, writeSection } from './bench-report';
import { sitePages } from './site-pages';
import { startSiteServer } from './site-server';
import { startNextServer } from './support';

const connections = 50;
const duration = 20;

if (!process.argv.includes('--skip-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('npm run build failed');
}
console.log('Building the framework floor…');
buildFloor();

const project = sitePages().find((page) => page.name === 'project')?.path ?? '';
const path = `/${routing.defaultLocale}${project}`;
const bytes = statSync(`out${path}.html`).size;

const site = await startSiteServer('out', 3320);
const plain = createServer(sirv('out', { extensions: ['html'] })).listen(3322);
const serve = spawn('npx', ['serve', 'out', '--listen', '3323', '--no-request-logging'], { stdio: 'ignore', detached: true });
const floor = await startNextServer(3321, floorDir);
await new Promise((resolve) => setTimeout(resolve, 3000));

const targets = [
  { name: `${path} on npm start (function + headers + sirv)`, url: `http://localhost:3320${path}` },
  { name: `${path}.html on plain sirv`, url: `http://localhost:3322${path}` },
  { name: `${path}.html on vercel's serve`, url: `http://localhost:3323${path}` },
  { name: 'floor (bare Next page) on next start', url: `${floor.base}/` },
];

const results: { name: string; kB: string; rate: number; p50: number; p99: number; non2xx: number; errors: number }[] = [];
try {
  for (const { name, url } of targets) {
    // A short warm-up, so that no server is measured while it loads its code.
    await autocannon({ url, connections, duration: 3 });
    const result = await autocannon({ url, connections, duration });
    const rate = result.requests.average;
    const row = {
      name,
      kB: (result.throughput.average / rate / 1000).toFixed(1),
      rate,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
    results.push(row);
    console.log(
      `${name}: ${Math.round(rate)} requests/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
    );
  }
} finally {
  await site.close();
  plain.close();
  if (serve.pid) process.kill(-serve.pid);
  await floor.stop();
}

const [ours, sirvAlone] = results;
const table = [
  `autocannon, ${connections} connections × ${duration} s per server on loopback (client and servers share the machine), ${machine()}. The page is ${(bytes / 1000).toFixed(1)} kB of HTML; no compression is asked for.`,
  '',
  '| Server | Response kB | Requests/s | p50 ms | p99 ms | Non-2xx | Errors |',
  '| --- | --: | --: | --: | --: | --: | --: |',
  ...results.map(
    (row) => `| ${row.name} | ${row.kB} | ${Math.round(row.rate)} | ${row.p50} | ${row.p99} | ${row.non2xx} | ${row.errors} |`,
  ),
  '',
  `\`npm start\` answers ${ours && sirvAlone ? (ours.rate / sirvAlone.rate).toFixed(2) : '?'}× the requests/s of plain sirv serving the same file.`,
].join('\n');
console.log(`\n${table}\n`);
writeSection('load', table);
