// `next dev` with Contentlayer's watcher beside it: its Next plugin does not run under Turbopack.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
