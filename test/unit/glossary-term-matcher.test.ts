import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/term-matcher.ts';

const match = createTermMatcher([
  { id: 'customer', forms: ['客户'] },
  { id: 'customer-segmentation', forms: ['客户细分', 'customer segmentation'] },
  { id: 'high-asset-customers', forms: ['高资产客户', '高资产的客户', 'high-asset customers', 'high-asset customer'] },
  { id: 'goal', forms: ['goal', 'goals'] },
]);

describe('finding glossary terms in text', () => {
  it('takes the longest form at each place, then goes on after it', () => {
    expect(match('客户细分让客户满意')).toEqual([
      { id: 'customer-segmentation', index: 0, text: '客户细分' },
      { id: 'customer', index: 5, text: '客户' },
    ]);
    expect(match('把高资产的客户挑出来').map((found) => found.text)).toEqual(['高资产的客户']);
  });

  it('matches English forms as whole words, in any case and spacing', () => {
    expect(match('High-asset  customers and their goals; goalkeepers are no goal.').map((found) => [found.id, found.text])).toEqual([
      ['high-asset-customers', 'High-asset  customers'],
      ['goal', 'goals'],
      ['goal', 'goal'],
    ]);
  });

  it('finds nothing without terms or without matches', () => {
    expect(createTermMatcher([])('客户')).toEqual([]);
    expect(match('nothing here')).toEqual([]);
  });
});
