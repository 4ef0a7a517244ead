import type { ParseKeys } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../src/lib/translate.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { pickStrings } from '../../src/i18n/pick-strings.ts';
import { getLanguageTag, locales } from '../../src/lib/locales.ts';

describe('island strings without i18next', () => {
  it('chooses plural forms by Intl.PluralRules and fills placeholders', () => {
    const t = createTranslate('en', { n_one: '{{count}} result for {{query}}', n_other: '{{count}} results for {{query}}' });
    expect(t('n', { count: 1, query: 'wine' })).toBe('1 result for wine');
    expect(t('n', { count: 3, query: 'wine' })).toBe('3 results for wine');
  });

  it('uses the other form where a language has no one (Chinese), and returns unknown keys as they are', () => {
    const t = createTranslate('zh-CN', { n_other: '{{count}} 条结果' });
    expect(t('n', { count: 1 })).toBe('1 条结果');
    expect(t('missing.key')).toBe('missing.key');
  });

  // The island strings are what i18next would say at build time, for every key islands use, in every language.
  it.each(locales)('matches i18next for every island string in %s', (locale) => {
    const strings = pickStrings(locale, 'search.', 'selfCheck.');
    const t = createTranslate(getLanguageTag(locale), strings);
    const serverT = useTranslations(locale) as (key: string, values: Record<string, string | number>) => string;
    const values = { query: '资产', number: 3, total: 7, answered: 4, reason: 'x' };
    const keys = new Set(Object.keys(strings).map((key) => key.replace(/_(?:zero|one|two|few|many|other)$/, '')));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) {
      for (const count of [0, 1, 2, 5]) expect(t(key, { ...values, count }), key).toBe(serverT(key as ParseKeys, { ...values, count }));
    }
  });
});
