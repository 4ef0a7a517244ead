import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import { glossaryTermSchema } from '../../src/lib/glossary/schema.ts';

const root = new URL('../../', import.meta.url).pathname;
const readYaml = (path: string): unknown => load(readFileSync(`${root}${path}`, 'utf8'));
const fixture = (name: string) => checkGlossary(readYaml(`test/fixtures/glossary/${name}.yaml`));

describe('glossary schema and rules on fixtures', () => {
  it('accepts the valid fixture, variants of zh defaulting to none', () => {
    const { terms, problems } = fixture('valid');
    expect(problems).toEqual([]);
    expect(terms.map((term) => [term.id, term.zh.variants])).toEqual([
      ['customer-segmentation', []],
      ['high-asset-customers', ['高资产的客户']],
    ]);
  });

  // Each fixture is named after its defect; the message is the one a writer sees.
  it.each([
    ['missing-definition', ['content/glossary.yaml: high-asset-customers: en.definition: Invalid input: expected string, received undefined']],
    ['two-sentence-definition', ['content/glossary.yaml: high-asset-customers: zh.definition: must be one sentence, ending with 。']],
    ['id-not-a-slug', ["content/glossary.yaml: High asset customers: id: must be lower-case English words joined by hyphens (it is the term's page anchor)"]],
    [
      'unknown-field',
      [
        'content/glossary.yaml: high-asset-customers: en.aliases: Invalid input: expected array, received undefined',
        'content/glossary.yaml: high-asset-customers: en: Unrecognized key: "synonyms"',
      ],
    ],
    [
      'duplicate-id',
      [
        'content/glossary.yaml: customer-segmentation: the id is used by 2 terms (customer segmentation / 客户细分, high-asset customers / 高资产客户); ids are page anchors and must be unique',
      ],
    ],
    [
      'duplicate-term',
      ['content/glossary.yaml: high-asset-customers: its zh term "客户细分" is also the term of customer-segmentation; define each term once'],
    ],
    [
      'shared-alias',
      ['content/glossary.yaml: high-asset-customers: its en alias "rich clients" is also the alias of customer-segmentation; a word may lead to one term only'],
    ],
    [
      'alias-is-another-term',
      [
        'content/glossary.yaml: high-asset-customers: its en term "high-asset customers" is also the alias of customer-segmentation; a word may lead to one term only',
      ],
    ],
  ])('%s', (name, messages) => {
    expect(fixture(name)).toEqual({ terms: [], problems: messages });
  });

  it.each<[string, { en?: string; zhTerm?: string }, string]>([
    ['an English definition in two sentences', { en: 'Customers with assets. They buy more.' }, 'must be one sentence, not several'],
    ['an English definition without a full stop', { en: 'Customers with assets' }, 'must be one sentence, starting with a capital and ending with a full stop'],
    ['a Chinese term in English', { zhTerm: 'assets' }, 'must be written in Chinese'],
  ])('rejects %s', (_case, change, message) => {
    const term = {
      id: 'assets',
      zh: { term: change.zhTerm ?? '资产', definition: '客户拥有的财产。', aliases: [] },
      en: { term: 'assets', variants: [], definition: change.en ?? 'What a customer owns.', aliases: [] },
    };
    expect(glossaryTermSchema.safeParse(term).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
