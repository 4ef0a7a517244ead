import { describe, expect, it } from 'vitest';
import { stemEnglishWords } from '../../src/lib/search/english-stems.ts';

describe('English queries stemmed as the index was', () => {
  it.each([
    ['customers', 'custom'],
    ['tagging customers', 'tag custom'],
    ['Assets', 'asset'],
    ['risk appetite', 'risk appetit'],
    ['after-sales service', 'after-sale servic'],
    ['资产 wine', '资产 wine'],
    ['高资产', '高资产'],
  ])('%s → %s', (query, stemmed) => {
    expect(stemEnglishWords(query)).toBe(stemmed);
  });
});
