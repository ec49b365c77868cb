import { readdirSync } from 'node:fs';

// `npm test` runs every test/*.test.ts in this one process, not one process each: each process
// that synthesizes pays about seven seconds of CPU before its first template (aws-cdk-lib's
// modules and the 9 MB WebAssembly engine of its CloudFormation validation, cdk.json's
// @aws-cdk/core:validateAgainstDefaultRules), and ten processes paid it six times over. The files
// still run in name order, each file's suites as they are written; one file alone still runs
// with `node --import tsx --test test/<name>.test.ts`.
const dir = new URL('./', import.meta.url);
for (const name of readdirSync(dir)
  .filter((file) => file.endsWith('.test.ts'))
  .sort()) {
  await import(new URL(name, dir).href);
}
