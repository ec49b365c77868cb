// What the benchmarks share: the median, a line naming the machine, and docs/performance.md,
// where each benchmark rewrites its own section between markers and leaves the prose alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromiumPath } from './support';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function machine(): string {
  const browser = chromiumPath();
  const version = browser ? execFileSync(browser, ['--version'], { encoding: 'utf8' }).trim() : 'no Chromium';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${memory}, Node ${process.version}, ${version}`;
}

const report = 'docs/performance.md';

export function writeSection(name: string, markdown: string) {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const block = `${start}\n${markdown}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(report, next);
  console.log(`${report}: ${name} section written`);
}
