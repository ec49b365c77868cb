// `npm run dev`: Contentlayer's watcher beside `next dev` (its Next plugin does not run under
// Turbopack). Drafts are shown, badged: CONTENT_DRAFTS=show (contentlayer.config.ts).
import { spawn } from 'node:child_process';

const env = { ...process.env, CONTENT_DRAFTS: 'show' };
const children = [
  spawn('npx', ['contentlayer2', 'dev', '--clearCache'], { stdio: 'inherit', env }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
