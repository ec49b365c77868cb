import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { routing } from '@/i18n/routing';
import { listFiles } from '@/lib/files';
import { messages } from '@/lib/messages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The ICU arguments and tags of a message: what the code fills in. */
function slots(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)[,}]|<(\w+)>/g)].map((match) => match[1] ?? match[2] ?? ''))].sort();
}

const code = ['app', 'components', 'lib']
  .flatMap((dir) => listFiles(dir).map((file) => `${dir}/${file}`))
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('UI messages', () => {
  const [source, ...others] = routing.locales.map((locale) => new Map(leaves(messages[locale])));

  it('have the same keys, arguments and tags in every locale', () => {
    assert.ok(source);
    for (const other of others) {
      assert.deepEqual([...other.keys()], [...source.keys()]);
      for (const [key, message] of source) assert.deepEqual(slots(other.get(key) ?? ''), slots(message), key);
    }
  });

  it('are each used by the code (a key no code names is dead text)', () => {
    const unused = [...(source?.keys() ?? [])].filter((key) => !code.includes(`'${key.split('.').at(-1)}'`));
    assert.deepEqual(unused, []);
  });
});
