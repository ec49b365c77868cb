// `npm run test:infra`: the CDK app's checks (infra/README.md, "Tests"). infra/ is a package of
// its own: it is installed with `npm ci` only when infra/node_modules is not what
// infra/package-lock.json names (a fresh clone installs, a second run does not), then its four
// checks run side by side, each one's output printed whole when it ends: ESLint, the type check,
// the tests, and `cdk synth` as the CLI runs it. The tests mostly wait for the aws-cli's python
// processes, which is when the other three get the machine's cores.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const infra = path.join(root, 'infra');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

function entries(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

/**
 * Why infra/node_modules needs `npm ci`, or undefined when it already holds what the lock
 * names. npm writes node_modules/.package-lock.json as it installs: every package it installed
 * must be the lock's (version, integrity, link), every package of the lock must be there but
 * optional ones (another platform's binaries), and package.json must ask for what the lock has.
 */
function installNeeded(dir: string): string | undefined {
  const hidden = path.join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return 'nothing is installed';
  const lock = readJson(path.join(dir, 'package-lock.json'));
  const manifest = readJson(path.join(dir, 'package.json'));
  const locked = new Map(entries(field(lock, 'packages')));
  const installed = new Map(entries(field(readJson(hidden), 'packages')));
  const rootEntry = locked.get('');
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    if (JSON.stringify(field(manifest, key) ?? {}) !== JSON.stringify(field(rootEntry, key) ?? {})) {
      return `package.json's ${key} differ from package-lock.json's`;
    }
  }
  const same = (a: unknown, b: unknown) => ['version', 'integrity', 'link', 'resolved'].every((key) => field(a, key) === field(b, key));
  for (const [name, entry] of installed) {
    if (!same(entry, locked.get(name))) return `${name} is not the locked one`;
  }
  for (const [name, entry] of locked) {
    if (name !== '' && !installed.has(name) && field(entry, 'optional') !== true) return `${name} is missing`;
  }
  return undefined;
}

interface Check {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const checks: readonly Check[] = [
  // From the root: the root's ESLint config holds the rules for infra too.
  { name: 'eslint infra', command: path.join(root, 'node_modules', '.bin', 'eslint'), args: ['--max-warnings', '0', 'infra'], cwd: root },
  { name: 'infra: typecheck', command: npm, args: ['run', '--silent', 'typecheck'], cwd: infra },
  { name: 'infra: tests', command: npm, args: ['run', '--silent', 'test:node'], cwd: infra },
  { name: 'infra: cdk synth', command: npm, args: ['run', '--silent', 'synth'], cwd: infra },
];

function run(check: Check): Promise<{ check: Check; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(check.command, check.args, { cwd: check.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const done = (code: number) => resolve({ check, code, output, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const reason = installNeeded(infra);
if (reason === undefined) {
  console.log('infra/node_modules matches infra/package-lock.json: no npm ci');
} else {
  console.log(`npm ci --prefix infra (${reason})`);
  execFileSync(npm, ['ci', '--prefix', 'infra', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

let failed = 0;
await Promise.all(
  checks.map(async (check) => {
    const result = await run(check);
    const status = result.code === 0 ? 'ok' : `failed (exit ${result.code})`;
    process.stdout.write(`\n── ${check.name}: ${status}, ${result.seconds.toFixed(1)} s ──\n${result.output}`);
    if (result.code !== 0) failed += 1;
  }),
);
if (failed > 0) {
  console.error(`\n${failed} of ${checks.length} infra checks failed.`);
  process.exit(1);
}
