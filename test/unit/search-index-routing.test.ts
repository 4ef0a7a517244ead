import { describe, expect, it } from 'vitest';
import { getIndexesForQuery } from '../../src/lib/search/index-routing.ts';
import { getContentScript, getWrittenLocale, scriptVariants } from '../../src/lib/locales.ts';
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

describe('the written locale a page shows, whose index its reader searches first', () => {
  it('is its own, or its source’s for a script variant', () => {
    expect(getWrittenLocale('en')).toBe('en');
    expect(getWrittenLocale('zh')).toBe('zh');
    expect(getWrittenLocale('zh-hant')).toBe('zh');
  });
});
