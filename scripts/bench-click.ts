// The click benchmark of `npm run bench`: how long from a click to the next page's first paint,
// with the site's Speculation Rules and without them, in one run. Each page type is left by a
// link a visitor would take (hovered 1.5 s, then clicked), in both locales, through a proxy that
// delays every request by 150 ms (a phone's round trip; loopback has none). The proxy delays the
// speculative fetches too, unlike DevTools' network emulation, which Chromium's prefetch bypasses.
// Chromium refuses to prerender while a DevTools client is attached to the page the way
// Playwright attaches (to the page, not to its tab: PrerenderingDisabledByDevTools), so the rules'
// prefetch is what is measured; a visitor's Chromium prerenders (docs/performance.md).
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { routing, type Locale } from '../i18n/routing';
import { listFiles } from '../lib/files';
import { median } from './bench-report';
import { startSiteServer } from './site-server';
import { removeScripts, rewriteHtml } from './static-export';
import { chromiumArgs } from './support';

const latencyMs = 150;
const hoverMs = 1500;
const noSpeculationDir = '.bench/no-speculation';

/** A page type and the link on it that the walk takes to the next page. */
type Hop = { from: string; link: (locale: Locale) => string };

// The walk: every page type once, then the language switch (which leaves for the other locale).
const hops: Hop[] = [
  { from: 'home', link: (locale) => `header a[href="/${locale}/projects"]` },
  { from: 'projects', link: (locale) => `main a[href^="/${locale}/projects/"]` },
  { from: 'project', link: (locale) => `header a[href="/${locale}/resume"]` },
  { from: 'résumé', link: (locale) => `header a[href="/${locale}/technologies"]` },
  { from: 'technologies', link: (locale) => `main a[href^="/${locale}/technologies/"]` },
  { from: 'technology', link: (locale) => `header nav a[href="/${locale}"]` },
  { from: 'home, language switch', link: () => 'header a[data-locale-switch]' },
];

type Sample = { ms: number; deliveryType: string };
type Mode = 'with speculation' | 'without';

/** Forwards every request to `target` after `latencyMs`, on a port the system picks. */
function delayingProxy(target: number): Promise<{ server: Server; port: number }> {
  const server = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = request(
        { host: 'localhost', port: target, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    }, latencyMs);
  });
  return new Promise((ready) =>
    server.listen(0, () => {
      const address = server.address();
      ready({ server, port: typeof address === 'object' && address !== null ? address.port : 0 });
    }),
  );
}

/** Hover, wait, click; then the new page's first paint after the click, and how it was delivered. */
async function clickThrough(page: Page, selector: string): Promise<Sample> {
  const link = page.locator(selector).first();
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await page.waitForTimeout(hoverMs);
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
  return page.evaluate(async () => {
    const paint = await new Promise<number>((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
    const [navigation] = performance.getEntriesByType('navigation');
    const deliveryType = navigation && 'deliveryType' in navigation ? String(navigation.deliveryType) : '';
    return { ms: performance.timeOrigin + paint - Number(sessionStorage.getItem('bench:click')), deliveryType: deliveryType || 'network' };
  });
}

/** Runs the walks `reps` times per mode and locale, and returns the report's markdown table. */
export async function benchClicks(executablePath: string, reps: number): Promise<string> {
  rmSync(noSpeculationDir, { recursive: true, force: true });
  cpSync('out', noSpeculationDir, { recursive: true });
  for (const file of listFiles(noSpeculationDir).filter((name) => name.endsWith('.html'))) {
    const path = join(noSpeculationDir, file);
    if (readFileSync(path, 'utf8').includes('type="speculationrules"'))
      rewriteHtml(
        path,
        removeScripts((script) => script.properties.type !== 'speculationrules'),
      );
  }
  const servers = { 'with speculation': await startSiteServer('out'), without: await startSiteServer(noSpeculationDir) };
  const portOf = (base: string) => Number(new URL(base).port);
  const proxies = {
    'with speculation': await delayingProxy(portOf(servers['with speculation'].base)),
    without: await delayingProxy(portOf(servers.without.base)),
  };
  const ports: Record<Mode, number> = { 'with speculation': proxies['with speculation'].port, without: proxies.without.port };
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const samples = new Map<string, Sample[]>();
  const key = (mode: Mode, locale: Locale, from: string) => `${mode}|${locale}|${from}`;
  try {
    for (let rep = 1; rep <= reps; rep++) {
      // Alternate which mode goes first, so that neither always runs on a warmer machine.
      const modes: Mode[] = rep % 2 ? ['with speculation', 'without'] : ['without', 'with speculation'];
      for (const mode of modes) {
        for (const locale of routing.locales) {
          // A new context each walk: an empty HTTP cache, as a first visit has.
          const context = await browser.newContext({ baseURL: `http://localhost:${ports[mode]}` });
          await context.addInitScript(() => {
            addEventListener(
              'click',
              () => sessionStorage.setItem('bench:click', String(performance.timeOrigin + performance.now())),
              true,
            );
          });
          const page = await context.newPage();
          await page.goto(`/${locale}`);
          for (const { from, link } of hops) {
            const sample = await clickThrough(page, link(locale));
            const list = samples.get(key(mode, locale, from)) ?? [];
            list.push(sample);
            samples.set(key(mode, locale, from), list);
          }
          await context.close();
        }
      }
      console.log(`clicks: walk ${rep}/${reps} done`);
    }
  } finally {
    await browser.close();
    for (const proxy of Object.values(proxies)) proxy.server.close();
    for (const server of Object.values(servers)) await server.close();
  }

  const of = (mode: Mode, locale: Locale, from?: string) =>
    [...samples.entries()]
      .filter(([name]) => name.startsWith(`${mode}|${locale}|`) && (!from || name.endsWith(`|${from}`)))
      .flatMap(([, list]) => list);
  const deliveries = (list: Sample[]) => {
    const counts = new Map<string, number>();
    for (const { deliveryType } of list) counts.set(deliveryType, (counts.get(deliveryType) ?? 0) + 1);
    return [...counts].map(([type, count]) => `${type} ${count}/${list.length}`).join(', ');
  };
  const row = (label: string, locale: Locale, from?: string) => {
    const fast = of('with speculation', locale, from);
    const slow = of('without', locale, from);
    const fastMs = median(fast.map(({ ms }) => ms));
    const slowMs = median(slow.map(({ ms }) => ms));
    return `| ${label} | ${locale} | ${Math.round(slowMs)} | ${Math.round(fastMs)} | ${(fastMs / slowMs).toFixed(2)}× | ${deliveries(fast)} | ${deliveries(slow)} |`;
  };
  return [
    `Click to the next page's first paint (FCP of the new page after the click), ${reps} walks per locale and mode, medians, ${latencyMs} ms added to every request by a delaying proxy, each link hovered ${hoverMs / 1000} s before the click, a fresh browser context (empty cache) per walk, Chromium headless over DevTools (prefetch only: it may not prerender). Served by \`npm start\` as built (with speculation) and the same export with the Speculation Rules removed (without).`,
    '',
    '| From (link taken) | Locale | Without ms | With ms | With / without | Delivery with | Delivery without |',
    '| --- | --- | --: | --: | --: | --- | --- |',
    ...routing.locales.flatMap((locale) => [
      ...hops.map(({ from, link }) => row(`${from} (\`${link(locale)}\`)`, locale, from)),
      row('**every hop**', locale),
    ]),
  ].join('\n');
}
