import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/lib/glossary/schema.ts';
import { findTerminologyProblems, findTerms, getParagraphPairs, hasTermForm, type ParagraphPair } from '../../src/lib/glossary/terminology.ts';
import { readContentTree } from '../support/content-fixtures.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The glossary at a path, through the real schema and rules. */
function readGlossary(path: string): GlossaryTerm[] {
  const { terms, problems } = checkGlossary(load(readFileSync(`${root}${path}`, 'utf8')));
  expect(problems).toEqual([]);
  return terms;
}

/** The aligned paragraph pairs of a content tree (a folder holding `en/` and `zh/`). */
function readPairs(dir: string): ParagraphPair[] {
  const { files, schemaProblems } = readContentTree(`${root}${dir}`);
  expect(schemaProblems).toEqual([]);
  return getParagraphPairs([...files.introductions, ...files.mistakes]);
}

const term = (id: string, zh: string, en: string, variants: string[] = [], zhVariants: string[] = []): GlossaryTerm =>
  glossaryTermSchema.parse({
    id,
    zh: { term: zh, variants: zhVariants, definition: '定义。', aliases: [] },
    en: { term: en, variants, definition: 'A definition.', aliases: [] },
  });

describe('findTerms', () => {
  const terms = [
    term('customers', '客户', 'customers'),
    term('customer-segmentation', '客户细分', 'customer segmentation'),
    term('service-and-marketing', '服务营销', 'service and marketing'),
    term('measures', '对策', 'measures'),
  ];

  it('counts only the longest term where terms overlap', () => {
    expect(findTerms('客户细分和客户', terms, 'zh').map(({ term: found, index }) => [found.id, index])).toEqual([
      ['customer-segmentation', 0],
      ['customers', 5],
    ]);
  });

  it('finds adjacent terms', () => {
    expect(findTerms('服务营销对策', terms, 'zh').map(({ form }) => form)).toEqual(['服务营销', '对策']);
  });

  it('finds a term by its Chinese variants, not its aliases', () => {
    const highAsset = glossaryTermSchema.parse({
      id: 'high-asset-customers',
      zh: { term: '高资产客户', variants: ['高资产的客户'], definition: '资产多的客户。', aliases: ['富裕客户'] },
      en: { term: 'high-asset customers', variants: [], definition: 'Customers with large assets.', aliases: [] },
    });
    expect(findTerms('找到高资产的客户和富裕客户', [highAsset], 'zh').map(({ form }) => form)).toEqual(['高资产的客户']);
  });
});

describe('hasTermForm', () => {
  it.each([
    ['High-Asset  customers buy.', 'high-asset customers', true],
    ['asset-based segmentation', 'asset', true],
    ['high-asset customersX', 'high-asset customers', false],
    ['goalkeepers', 'goal', false],
    ['[tiered service](/en/glossary/#tiered-service)', 'glossary', false],
    ['按资产细分高资产客户。', '高资产客户', true],
  ])('%s holds "%s": %s', (text, form, expected) => {
    expect(hasTermForm(text, form)).toBe(expected);
  });
});

describe('terminology check', () => {
  it('names the English file, the paragraph and the term rendered another way (fixture)', () => {
    const pairs = readPairs('test/fixtures/glossary/term-rendered-another-way');
    expect(pairs.map((pair) => pair.id)).toEqual(['p-3-1', 'p-3-2', 'p-3-3']);
    expect(findTerminologyProblems(pairs, readGlossary('test/fixtures/glossary/valid.yaml'))).toEqual([
      'content/en/mistakes/segmenting-by-assets.mdx: p-3-1: 高资产客户 must be rendered as "high-asset customers" (or a declared variant: "high-asset customer"), but the English paragraph has none of them',
      'content/en/mistakes/segmenting-by-assets.mdx: p-3-2: 高资产客户 (written 高资产的客户) must be rendered as "high-asset customers" (or a declared variant: "high-asset customer"), but the English paragraph has none of them',
    ]);
  });

  it('reports a term once per paragraph, without variants when none are declared', () => {
    const pair: ParagraphPair = {
      id: 'p-6-1',
      source: { locale: 'zh', file: 'content/zh/x.mdx', text: '服务营销，服务营销对策。' },
      target: { locale: 'en', file: 'content/en/x.mdx', text: 'Service or marketing measures.' },
    };
    expect(findTerminologyProblems([pair], [term('service-and-marketing', '服务营销', 'service and marketing'), term('measures', '对策', 'measures')])).toEqual(
      ['content/en/x.mdx: p-6-1: 服务营销 must be rendered as "service and marketing", but the English paragraph has none of them'],
    );
  });
});
