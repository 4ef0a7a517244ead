import { describe, expect, it } from 'vitest';
import { chooseLanding, getAliasId, getEntryPartId, type PagefindAnchor } from '../../src/lib/search/landing.ts';
import { getQueryWords } from '../../src/lib/search/query-words.ts';

const p = (id: string, text: string, location = 0): PagefindAnchor => ({ element: 'p', id, text, location });

describe('chooseLanding', () => {
  it('prefers the paragraph holding all the words over an earlier one holding some', () => {
    const anchors = [p('p-1-1', 'Every customer matters.'), p('p-1-2', 'The customer assets they hold.')];
    expect(chooseLanding(anchors, getQueryWords('customer assets'))).toEqual({ id: 'p-1-2' });
    expect(chooseLanding(anchors, getQueryWords('customers'))).toEqual({ id: 'p-1-1' });
  });

  it('among paragraphs holding as many words, prefers the one with the rarer word', () => {
    const anchors = [p('p-1-1', 'customer and customer'), p('p-1-2', 'customer again'), p('p-1-3', 'a rare tide')];
    expect(chooseLanding(anchors, getQueryWords('customer tide'))).toEqual({ id: 'p-1-3' });
  });

  it('matches Chinese words anywhere in the text, by their characters', () => {
    const anchors = [p('p-3-1', '企业往往认为客户很重要。'), p('p-3-2', '客户资产在一定程度上与支付能力有关。')];
    expect(chooseLanding(anchors, getQueryWords('客户资产'))).toEqual({ id: 'p-3-2' });
  });

  it('opens a glossary entry by its term and definition, never the first entry for a common word', () => {
    const anchors: PagefindAnchor[] = [
      { element: 'div', id: 'ability-to-pay', text: '', location: 0 },
      { element: 'dt', id: getEntryPartId('ability-to-pay', 'term'), text: 'ability to pay', location: 0 },
      { element: 'dd', id: getEntryPartId('ability-to-pay', 'definition'), text: "A customer's capacity to pay.", location: 3 },
      { element: 'div', id: 'assets', text: '', location: 9 },
      { element: 'dt', id: getEntryPartId('assets', 'term'), text: 'customer assets', location: 9 },
      { element: 'dd', id: getEntryPartId('assets', 'definition'), text: 'What a customer owns.', location: 11 },
    ];
    expect(chooseLanding(anchors, getQueryWords('customer assets'), { glossary: true })).toEqual({ id: 'assets' });
  });

  it('lands on the paragraph of the term an alias stands for, only when the alias holds more words than any visible text', () => {
    const anchors = [
      p('p-3-1', 'Clients with high-asset customers status.'),
      p('p-3-2', 'Other words.'),
      { element: 'span', id: getAliasId('p-3-2', '高资产客户'), text: '富裕客户 · 有钱的客户', location: 50 },
    ];
    expect(chooseLanding(anchors, getQueryWords('富裕客户'))).toEqual({ id: 'p-3-2', alias: { words: '富裕客户', term: '高资产客户' } });
    expect(chooseLanding(anchors, getQueryWords('clients'))).toEqual({ id: 'p-3-1' });
  });

  it('finds no landing for words no text holds, or no words', () => {
    expect(chooseLanding([p('p-1-1', 'nothing here')], getQueryWords('lighthouse'))).toBeUndefined();
    expect(chooseLanding([p('p-1-1', 'nothing here')], [])).toBeUndefined();
  });
});

describe('getAliasId', () => {
  it('keeps to letters, digits, dashes and underscores, and round-trips the term', () => {
    const id = getAliasId('p-3-2', '高资产 customers_x');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(chooseLanding([{ element: 'span', id, text: 'rich', location: 0 }], getQueryWords('rich'))?.alias?.term).toBe('高资产 customers_x');
  });
});

describe('getQueryWords', () => {
  it('stems Latin words, cuts Han text into words, and keeps each once', () => {
    expect(getQueryWords('Customers customer').map((word) => word.key)).toEqual(['custom']);
    expect(getQueryWords('客户资产').map((word) => word.text)).toEqual(['客户', '资产']);
  });
});
