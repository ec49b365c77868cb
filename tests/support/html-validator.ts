// The Nu HTML Checker (vnu, from the npm package vnu-jar) over HTML files: one JVM for all of
// them, since starting Java costs more than checking a page. It needs Java 11 or later on PATH.
import { spawnSync } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { z } from 'zod';

// What vnu's `--format json` writes (https://github.com/validator/validator/wiki/Output-»-JSON).
const vnuOutput = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      url: z.string().optional(),
      firstLine: z.number().optional(),
      lastLine: z.number().optional(),
      firstColumn: z.number().optional(),
      lastColumn: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});

export type VnuMessage = z.infer<typeof vnuOutput>['messages'][number];

/** The errors vnu finds in the files (its `--errors-only`: no warnings, no info). */
export function validateHtml(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`vnu needs Java 11 or later on PATH: ${run.error.message}`);
  // The report goes to stderr; vnu exits 1 when it reports an error, which is not a failure to run.
  if (run.status !== 0 && run.status !== 1) throw new Error(`vnu exited with ${run.status}: ${run.stderr}`);
  return vnuOutput.parse(JSON.parse(run.stderr)).messages;
}

// A file below the working directory by its relative path (out/en/resume.html), any other by its absolute one.
const shortPath = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
};

/** Each message as `file:line:column: type: message (in: extract)`. */
export function describeMessages(messages: VnuMessage[]): string[] {
  return messages.map((message) => {
    const file = message.url?.startsWith('file:') ? shortPath(fileURLToPath(message.url)) : (message.url ?? '(no file)');
    const line = message.lastLine ?? message.firstLine ?? 0;
    const column = message.firstColumn ?? message.lastColumn ?? 0;
    const extract = message.extract ? ` (in: ${message.extract.replace(/\s+/g, ' ').trim()})` : '';
    return `${file}:${line}:${column}: ${message.type}: ${message.message}${extract}`;
  });
}
