import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, readContentTree } from '../support/content-fixtures.ts';
import { findContentProblems } from '../../src/lib/content-rules/index.ts';
import { shiftMistake, writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const alpha = {
  number: 1,
  slug: 'alpha',
  related: ['beta'],
  paragraphs: ['p-1-1', 'p-1-2'],
  selfCheck: [{ id: 'q-1-1', paragraph: 'p-1-2' }, { id: 'q-1-2' }],
};

describe('synthetic content for the scale bench', () => {
  it('renumbers a copy: number, slug, related, paragraph and question ids, internal links', () => {
    const { data, body } = shiftMistake(alpha, 'See [beta](/zh/mistakes/beta/#p-2-1) and [us](/en/mistakes/alpha/).', { copy: 2, count: 7 });
    expect(data).toEqual({
      number: 15,
      slug: 'alpha-3',
      related: ['beta-3'],
      paragraphs: ['p-15-1', 'p-15-2'],
      selfCheck: [{ id: 'q-15-1', paragraph: 'p-15-2' }, { id: 'q-15-2' }],
    });
    expect(body).toBe('See [beta](/zh/mistakes/beta-3/#p-16-1) and [us](/en/mistakes/alpha-3/).');
  });

  it('writes a content tree with three times the mistakes that passes the schema and every content rule', () => {
    const target = join(root, 'three');
    expect(writeSyntheticContent(join(fixturesDir, 'valid'), target, 3)).toBe(6);
    const { files, schemaProblems } = readContentTree(target);
    expect(schemaProblems).toEqual([]);
    expect(findContentProblems(files)).toEqual([]);
    const numbers = files.mistakes.filter((file) => file.id.startsWith('zh/')).map((file) => file.data.number);
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(readFileSync(join(target, 'en/mistakes/alpha-2.mdx'), 'utf8')).toContain('[beta](/en/mistakes/beta-2/#p-4-1)');
  });

  it('keeps the tree as it is at factor 1, and refuses a factor that is not a whole number', () => {
    expect(writeSyntheticContent(join(fixturesDir, 'valid'), join(root, 'one'), 1)).toBe(2);
    expect(() => writeSyntheticContent(join(fixturesDir, 'valid'), join(root, 'half'), 0.5)).toThrow('factor must be a whole number ≥ 1, not 0.5');
  });
});
