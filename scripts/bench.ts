// `npm run bench`: Lighthouse (mobile preset, simulated throttling, the system's Chromium) three
// times on the key pages in both locales and on a bare Next page (the framework floor, and the
// floor with one stylesheet for reference), all in one run against production builds; prints
// the medians and writes them to docs/performance.md. `--skip-build` reuses the build in .next.
import { spawnSync } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { routing } from '../i18n/routing';
import { buildFloor, floorDir } from './bench-floor';
import { machine, median, writeSection } from './bench-report';
import { chromiumArgs, chromiumPath, startNextServer } from './support';

const runs = 3;
// The project page measured: the longest one.
const project = 'jp-us-trading-app';
const pages = [
  ['home', ''],
  ['projects', '/projects'],
  ['project', `/projects/${project}`],
  ['résumé', '/resume'],
] as const;

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
console.log('Building the framework floor…');
buildFloor();

const site = await startNextServer(3310);
const floor = await startNextServer(3311, floorDir);
const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromiumArgs] });

const targets = [
  { name: 'floor (bare Next page)', url: `${floor.base}/` },
  { name: 'floor + one stylesheet', url: `${floor.base}/styled` },
  ...routing.locales.flatMap((locale) =>
    pages.map(([name, path]) => ({ name: `${name} (${locale})`, url: `${site.base}/${locale}${path}` })),
  ),
];
const samples = new Map<string, Sample[]>(targets.map(({ name }) => [name, []]));
let lighthouseVersion = '';

function score(value: number | null | undefined) {
  return Math.round((value ?? 0) * 100);
}

try {
  // Round-robin, so that whatever else the machine does is spread over every page alike.
  for (let run = 1; run <= runs; run++) {
    for (const { name, url } of targets) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      lighthouseVersion = result.lhr.lighthouseVersion;
      const resources = audits['resource-summary']?.details;
      const transfer = (type: string) =>
        resources?.type === 'table' ? Number(resources.items.find((item) => item.resourceType === type)?.transferSize ?? 0) : 0;
      samples.get(name)?.push({
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
      console.log(`run ${run}/${runs} ${name}: done`);
    }
  }
} finally {
  chrome.kill();
  await site.stop();
  await floor.stop();
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
const medians = targets.map(({ name }) => ({ name, ...medianSample(samples.get(name) ?? []) }));
const floorRow = medians[0];
const rows = medians.map((row) => {
  const lcpRatio = floorRow ? row.lcp / floorRow.lcp : 0;
  const jsOver = floorRow ? row.jsBytes - floorRow.jsBytes : 0;
  return `| ${row.name} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.fcp)} | ${Math.round(row.lcp)} (${lcpRatio.toFixed(2)}×) | ${Math.round(row.tbt)} | ${row.cls.toFixed(3)} | ${kB(row.jsBytes)} (${jsOver >= 0 ? '+' : ''}${kB(jsOver)}) | ${kB(row.totalBytes)} |`;
});
const table = [
  `Lighthouse ${lighthouseVersion}, mobile preset (simulated throttling), median of ${runs} runs, ${machine()}.`,
  '',
  '| Page | Perf. | A11y | Best pr. | SEO | FCP ms | LCP ms (× floor) | TBT ms | CLS | JS kB (vs floor) | Total kB |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows,
].join('\n');
console.log(`\n${table}\n`);
writeSection('lighthouse', table);
