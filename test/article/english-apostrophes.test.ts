import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { listPages, readPage } from '../support/dist.ts';

// One apostrophe on every page: the typographic ’ (the Markdown pipeline's smartypants already turns the body's into it,
// so summaries, questions, definitions and UI strings are written with it too).
const root = new URL('../../', import.meta.url).pathname;
const straight = /(?<=\p{L})'(?=\p{L})|(?<=s)'(?=\s)/gu;

function findStraight(where: string, text: string): string[] {
  return [...text.matchAll(straight)].map((match) => `${where}: "${text.slice(Math.max(0, match.index - 12), match.index + 8)}"`);
}

describe('English apostrophes', () => {
  it('are ’ in the English content, the glossary’s English and the English UI strings', () => {
    const contentDir = join(root, 'content/en');
    const content = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => findStraight(`content/en/${name}`, readFileSync(join(contentDir, name), 'utf8')));
    const glossary = (load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; en: Record<string, unknown> }[]).flatMap((term) =>
      findStraight(`content/glossary.yaml: ${term.id}`, JSON.stringify(term.en)),
    );
    const strings = Object.entries(en).flatMap(([key, value]) => findStraight(`src/i18n/en.json: ${key}`, value));
    expect([...content, ...glossary, ...strings]).toEqual([]);
  });

  it('are ’ in the text of every built page', () => {
    const offenders = listPages().flatMap((page) => {
      const text = readPage(page)
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&#0?39;|&apos;/g, "'");
      return findStraight(page, text);
    });
    expect(offenders).toEqual([]);
  });
});
