import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import { checkSynonymRules, packSynonyms, parseSynonyms } from '../../src/lib/search/synonyms-schema.ts';
import { expandSynonyms } from '../../src/lib/search/synonyms.ts';

const fixture = (name: string): unknown => load(readFileSync(new URL(`../fixtures/synonyms/${name}`, import.meta.url), 'utf8'));
const glossary = checkGlossary(load(readFileSync(new URL('../fixtures/glossary/valid.yaml', import.meta.url), 'utf8'))).terms;

describe('content/synonyms.yaml is checked before a build ships it', () => {
  it('accepts a valid table and packs it as reader word → article word', () => {
    const { synonyms, problems } = parseSynonyms(fixture('valid.yaml'));
    expect(problems).toEqual([]);
    if (!synonyms) throw new Error('no table');
    expect(checkSynonymRules(synonyms, glossary)).toEqual([]);
    expect(packSynonyms(synonyms)).toEqual({ client: 'customers', clients: 'customers', 顾客: '客户' });
  });

  it.each([
    ['unknown-field.yaml', ['content/synonyms.yaml: en 1: (entry): Unrecognized key: "note"']],
    ['unknown-language.yaml', ['content/synonyms.yaml: (file): Unrecognized key: "fr"']],
    [
      'not-one-word.yaml',
      [
        'content/synonyms.yaml: en 1: words.0: must be one lower-case word in Latin letters',
        'content/synonyms.yaml: en 2: words.0: must be one lower-case word in Latin letters',
        'content/synonyms.yaml: zh 1: words.0: must be Chinese characters only',
      ],
    ],
    [
      'no-words.yaml',
      [
        'content/synonyms.yaml: en 1: words: must list at least one word',
        'content/synonyms.yaml: zh 1: words: Invalid input: expected array, received undefined',
      ],
    ],
  ])('names every schema problem of %s', (name, messages) => {
    expect(parseSynonyms(fixture(name))).toEqual({ synonyms: undefined, problems: messages });
  });

  it.each([
    ['repeated.yaml', ['content/synonyms.yaml: en: "clients" is listed twice', 'content/synonyms.yaml: en: "customers" means itself']],
    [
      'glossary-words.yaml',
      [
        'content/synonyms.yaml: zh: "富裕客户" is already a glossary alias of high-asset-customers (content/glossary.yaml); leave it there',
        'content/synonyms.yaml: zh: "客户细分" is already a glossary term of customer-segmentation (content/glossary.yaml); leave it there',
      ],
    ],
  ])('names every rule %s breaks, a glossary word taken as a synonym among them', (name, messages) => {
    const { synonyms } = parseSynonyms(fixture(name));
    if (!synonyms) throw new Error('the schema refused it');
    expect(checkSynonymRules(synonyms, glossary)).toEqual(messages);
  });
});

describe("a query's readers' words become the article's", () => {
  const table = { clients: 'customers', client: 'customers', 顾客: '客户', 区隔: '细分', 顾客群: '客群' };
  it.each([
    ['clients', 'customers'],
    ['Rich Clients', 'Rich customers'],
    ['clientele', 'clientele'],
    ['顾客资产', '客户资产'],
    ['顾客群区隔', '客群细分'],
    ['client 顾客', 'customers 客户'],
    ['资产', '资产'],
  ])('%s → %s', (query, expanded) => {
    expect(expandSynonyms(query, table)).toBe(expanded);
  });

  it('leaves a query alone when there is no table', () => {
    expect(expandSynonyms('clients 顾客', {})).toBe('clients 顾客');
  });
});
