import { describe, expect, it } from 'vitest';
import { getIndexesForQuery, getReaderIndex } from '../../src/lib/search/index-routing.ts';
import { getContentScript, scriptVariants } from '../../src/lib/locales.ts';
import { indexedLocales } from '../../src/lib/search/bundle-path.ts';

describe('which indexes a query is searched in', () => {
  it.each([
    ['wine', ['en']],
    ['risk appetite', ['en']],
    ['资产', ['zh']],
    ['客户行为', ['zh']],
    ['wine 资产', ['en', 'zh']],
    ['VIP服务', ['en', 'zh']],
    ['2010', ['en', 'zh']],
    ['“”', ['en', 'zh']],
  ] as const)('%s → %j', (query, expected) => {
    expect(getIndexesForQuery(query, ['en', 'zh'])).toEqual(expected);
  });

  it('keeps the order of the indexes it is given', () => {
    expect(getIndexesForQuery('wine 资产', ['zh', 'en'])).toEqual(['zh', 'en']);
  });

  it('knows the script of every indexed language, and none for a script variant', () => {
    for (const locale of indexedLocales) expect(getContentScript(locale)).toMatch(/^[A-Z][a-z]+$/);
    for (const { to } of scriptVariants) expect(getContentScript(to)).toBeUndefined();
  });
});

describe("the reader's index", () => {
  it('is their language’s, or its source’s for a script variant', () => {
    expect(getReaderIndex('en')).toBe('en');
    expect(getReaderIndex('zh')).toBe('zh');
    expect(getReaderIndex('zh-hant')).toBe('zh');
  });
});
