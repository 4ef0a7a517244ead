import { describe, expect, it } from 'vitest';
import { getHighlightTerms, toHighlightSearch } from '../../src/lib/search/highlight.ts';

describe('getHighlightTerms', () => {
  it('keeps the words the reader typed whole', () => {
    expect(getHighlightTerms('营销策略')).toEqual(['营销策略']);
    expect(getHighlightTerms('risk appetite')).toEqual(['risk', 'appetite']);
    expect(getHighlightTerms('"营销策略"')).toEqual(['营销策略']);
    expect(getHighlightTerms('')).toEqual([]);
  });
});

describe('toHighlightSearch', () => {
  it('passes each term as its own highlight parameter, encoded', () => {
    expect(toHighlightSearch(['ability', 'assets'])).toBe('?highlight=ability&highlight=assets');
    expect(toHighlightSearch(['high-asset customers'])).toBe('?highlight=high-asset+customers');
    expect(toHighlightSearch(['资产'])).toBe(`?highlight=${encodeURIComponent('资产')}`);
  });

  it('is empty for no terms, so a link without words to light up has no query string', () => {
    expect(toHighlightSearch([])).toBe('');
  });
});
