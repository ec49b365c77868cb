// `npm run bench`: Lighthouse (mobile preset, simulated throttling, the system's Chromium) three
// times on every page type in every locale, as `npm start` serves the build, beside two
// reference rows per page and one overall, all measured in one run:
//   - the physical limit: the same page with every script removed (the bench makes it from out/),
//     served by the same server;
//   - the framework floor: a bare Next page (scripts/bench-floor.ts) on `next start`.
// Then Lighthouse again on every page and its limit with applied (DevTools) throttling instead of
// the simulation, and the click benchmark (scripts/bench-click.ts): click to next paint with the
// Speculation Rules and without. Prints the medians and writes them to docs/performance.md.
// `--skip-build` reuses out/; `--runs=N` (default 3, clicks: 5 walks); `--only=simulated,devtools,clicks`;
// `--pages=résumé,home`: Lighthouse on those page types only (in every locale, with their limits,
// no floor), tables printed and not written to docs/performance.md, whose tables cover every page.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { routing } from '../i18n/routing';
import { benchClicks } from './bench-click';
import { buildFloor, floorDir } from './bench-floor';
import { machine, median, writeSection } from './bench-report';
import { sitePages } from './site-pages';
import { startSiteServer } from './site-server';
import { removeScripts, rewriteHtml } from './static-export';
import { chromiumArgs, chromiumPath, startNextServer } from './support';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 3);
const walks = Number(option('runs') ?? 5);
const parts = new Set((option('only') ?? 'simulated,devtools,clicks').split(','));
const pageTypes = option('pages')?.split(',');
const unknownTypes = pageTypes?.filter((type) => !sitePages().some(({ name }) => name === type)) ?? [];
if (unknownTypes.length)
  throw new Error(
    `--pages: no page type ${unknownTypes.join(', ')}; the types are ${sitePages()
      .map(({ name }) => name)
      .join(', ')}`,
  );
const report = (name: string, table: string) => {
  console.log(`\n${table}\n`);
  if (!pageTypes) writeSection(name, table);
};
const limitDir = '.bench/limit';

type Sample = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
  totalBytes: number;
};

const executablePath = chromiumPath();
if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
if (!process.argv.includes('--skip-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('npm run build failed');
}
const withFloor = parts.has('simulated') && !pageTypes;
if (withFloor) {
  console.log('Building the framework floor…');
  buildFloor();
}

const pages = routing.locales.flatMap((locale) =>
  sitePages()
    .filter(({ name }) => !pageTypes || pageTypes.includes(name))
    .map(({ name, path }) => ({ name: `${name} (${locale})`, path: `/${locale}${path}`, file: `${locale}${path || ''}.html` })),
);
// The physical limit: the same files with every script gone.
rmSync(limitDir, { recursive: true, force: true });
cpSync('out', limitDir, { recursive: true });
for (const { file } of pages)
  rewriteHtml(
    join(limitDir, file),
    removeScripts(() => false),
  );

const site = await startSiteServer('out');
const limit = await startSiteServer(limitDir);
const floor = withFloor ? await startNextServer(3311, floorDir) : undefined;
const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromiumArgs] });

const pageTargets = [
  ...pages.flatMap(({ name, path, file }) => [
    { name, url: `${site.base}${path}`, htmlBytes: statSync(join('out', file)).size },
    { name: `${name}, limit`, url: `${limit.base}${path}`, htmlBytes: statSync(join(limitDir, file)).size },
  ]),
];
const targets = floor ? [{ name: 'floor (bare Next page)', url: `${floor.base}/`, htmlBytes: 0 }, ...pageTargets] : pageTargets;
const samples = new Map<string, Sample[]>(targets.map(({ name }) => [name, []]));
const devtoolsSamples = new Map<string, Sample[]>(pageTargets.map(({ name }) => [name, []]));
let lighthouseVersion = '';

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

try {
  // Round-robin, so that whatever else the machine does is spread over every page alike.
  const passes = [
    ...(parts.has('simulated') ? [{ throttlingMethod: 'simulate' as const, list: targets, into: samples }] : []),
    ...(parts.has('devtools') ? [{ throttlingMethod: 'devtools' as const, list: pageTargets, into: devtoolsSamples }] : []),
  ];
  for (let run = 1; run <= runs; run++) {
    for (const { throttlingMethod, list, into } of passes)
      for (const { name, url } of list) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        lighthouseVersion = result.lhr.lighthouseVersion;
        const resources = audits['resource-summary']?.details;
        const transfer = (type: string) =>
          resources?.type === 'table' ? Number(resources.items.find((item) => item.resourceType === type)?.transferSize ?? 0) : 0;
        into.get(name)?.push({
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          seo: score(categories.seo?.score),
          fcp: audits['first-contentful-paint']?.numericValue ?? 0,
          lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
          tbt: audits['total-blocking-time']?.numericValue ?? 0,
          cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
          jsBytes: transfer('script'),
          totalBytes: transfer('total'),
        });
        console.log(`run ${run}/${runs} ${throttlingMethod} ${name}: done`);
      }
  }
} finally {
  chrome.kill();
  await site.close();
  await limit.close();
  await floor?.stop();
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
function medianSample(list: Sample[]): Sample {
  const of = (key: keyof Sample) => median(list.map((sample) => sample[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
    jsBytes: of('jsBytes'),
    totalBytes: of('totalBytes'),
  };
}
function lighthouseTable(from: Map<string, Sample[]>, list: typeof targets, method: string) {
  const medians = new Map(list.map(({ name }) => [name, medianSample(from.get(name) ?? [])]));
  const rows = list.map(({ name, htmlBytes }) => {
    const row = medians.get(name);
    if (!row) return '';
    const limitRow = medians.get(`${name}, limit`);
    const lcp = limitRow ? `${Math.round(row.lcp)} (${(row.lcp / limitRow.lcp).toFixed(2)}×)` : `${Math.round(row.lcp)}`;
    return `| ${name} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.fcp)} | ${lcp} | ${Math.round(row.tbt)} | ${row.cls.toFixed(3)} | ${kB(row.jsBytes)} | ${htmlBytes ? kB(htmlBytes) : '–'} | ${kB(row.totalBytes)} |`;
  });
  return [
    `Lighthouse ${lighthouseVersion}, mobile preset (${method}), median of ${runs} runs, ${machine()}. Each page as \`npm start\` serves it, then the same page with every script removed (“limit”) on the same server; LCP × is the page's LCP over its limit's.`,
    '',
    '| Page | Perf. | A11y | Best pr. | SEO | FCP ms | LCP ms (× limit) | TBT ms | CLS | JS kB | HTML kB | Total kB |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows,
  ].join('\n');
}
if (parts.has('simulated')) {
  report('lighthouse', lighthouseTable(samples, targets, 'simulated throttling'));
}
if (parts.has('devtools')) {
  report('lighthouse-devtools', lighthouseTable(devtoolsSamples, pageTargets, 'applied DevTools throttling: `throttlingMethod: devtools`'));
}
if (parts.has('clicks')) {
  report('clicks', await benchClicks(executablePath, walks));
}
