import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import type { GlossaryTerm } from '../../src/lib/glossary/schema.ts';
import { findTerminologyProblems, getParagraphPairs, hasTermForm } from '../../src/lib/glossary/terminology.ts';
import { readArticleContent, readArticleYaml } from '../support/article-sources.ts';

// The article's glossary: the schema and its rules are unit-tested on fixtures (test/unit/glossary-schema.test.ts);
// here, what matters for this article's words.

describe('content/glossary.yaml', () => {
  const { terms, problems } = checkGlossary(readArticleYaml('content/glossary.yaml'));
  const { files, text: bodies } = readArticleContent();
  const zhText = bodies('zh');
  const enText = bodies('en');

  it('passes the schema and the rules, with 15 to 25 terms', () => {
    expect(problems).toEqual([]);
    expect(terms.length).toBeGreaterThanOrEqual(15);
    expect(terms.length).toBeLessThanOrEqual(25);
  });

  const chineseForms = (term: GlossaryTerm) => [term.zh.term, ...term.zh.variants];
  const englishForms = (term: GlossaryTerm) => [term.en.term, ...term.en.variants];

  it('has only terms of the article, used in both languages', () => {
    expect(terms.filter((term) => !chineseForms(term).some((form) => zhText.includes(form))).map((term) => term.id)).toEqual([]);
    expect(terms.filter((term) => !englishForms(term).some((form) => hasTermForm(enText, form))).map((term) => term.id)).toEqual([]);
  });

  it('has aliases only where the text does not already use the word', () => {
    const used = terms.flatMap((term) => [
      ...term.zh.aliases.filter((alias) => zhText.includes(alias)).map((alias) => `${term.id}: zh alias ${alias}`),
      ...term.en.aliases.filter((alias) => hasTermForm(enText, alias)).map((alias) => `${term.id}: en alias ${alias}`),
    ]);
    expect(used).toEqual([]);
  });

  it('has the aliases readers were found to type', () => {
    const aliasesOf = (id: string) => terms.find((term) => term.id === id)?.en.aliases ?? [];
    expect(aliasesOf('high-asset-customers')).toEqual(expect.arrayContaining(['rich clients', 'wealthy customers']));
    expect(aliasesOf('customer-value')).toEqual(expect.arrayContaining(['value-based segmentation', 'RFM']));
    expect(aliasesOf('goal')).toContain('objectives');
    expect(aliasesOf('product-label')).toContain('tagging customers');
    const zhAliases = (id: string) => terms.find((term) => term.id === id)?.zh.aliases ?? [];
    expect(zhAliases('high-asset-customers')).toEqual(expect.arrayContaining(['有钱的客户', '富裕客户']));
    // Taiwan's words, which folding Traditional to Simplified cannot reach: 區隔 is not 细分, 行銷 not 营销.
    expect(zhAliases('customer-segmentation')).toEqual(expect.arrayContaining(['客户区隔', '市场区隔', '顾客细分']));
    expect(zhAliases('service-and-marketing')).toContain('行销');
    expect(zhAliases('customer-value')).toContain('资料分析');
  });

  it('leads no reader from spending or key accounts to the wealthy, the distinction mistake 3 draws', () => {
    const aliases = terms.find((term) => term.id === 'high-asset-customers');
    expect([...(aliases?.en.aliases ?? []), ...(aliases?.zh.aliases ?? [])].filter((alias) => /spend|key account|大客户|消费/i.test(alias))).toEqual([]);
  });

  it('is rendered as declared in every aligned paragraph of the article', () => {
    const pairs = getParagraphPairs([...files.introductions, ...files.mistakes]);
    expect(pairs.length).toBeGreaterThan(0);
    expect(findTerminologyProblems(pairs, terms)).toEqual([]);
  });
});
