import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findHalfWidthPunctuation } from '../../src/lib/chinese-punctuation.ts';

// One Chinese typography in the article's zh content (the rule is unit-tested in test/unit/chinese-punctuation.test.ts,
// and the interface strings are checked there too).
const root = new URL('../../', import.meta.url).pathname;

/** Every string in a parsed YAML value, with its dotted path (`selfCheck.0.question`). */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, path ? `${path}.${index}` : String(index)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

function zhContentFiles(): string[] {
  const dir = join(root, 'content/zh');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/zh/${name}`)
    .sort();
}

/** Each front matter string and the body of a content file, as `[where, text]`. */
function textsOf(file: string): [string, string][] {
  const [, yaml = '', ...body] = readFileSync(join(root, file), 'utf8').split(/^---$/m);
  return [...stringsOf(load(yaml)).map(([key, text]): [string, string] => [`${file}: ${key}`, text]), [`${file}: body`, body.join('---')]];
}

describe('Chinese typography of the article’s zh content', () => {
  it('finds the zh content files', () => {
    expect(zhContentFiles()).toContain('content/zh/introduction.mdx');
    expect(zhContentFiles().length).toBeGreaterThan(1);
  });

  it.each(zhContentFiles())('%s: no half-width , : ; ( ) ! ? next to a Chinese character', (file) => {
    const offending = textsOf(file).flatMap(([where, text]) => findHalfWidthPunctuation(text).map((excerpt) => `${where}: "${excerpt}"`));
    expect(offending).toEqual([]);
  });
});
