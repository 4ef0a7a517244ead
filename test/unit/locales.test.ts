import { describe, expect, it } from 'vitest';
import {
  getLanguageName,
  getLanguageTag,
  getOpenGraphLocale,
  getOtherLocales,
  getParallelLocale,
  getTranslatedLocale,
  isLocale,
  locales,
  pickLocale,
  translationPairs,
} from '../../src/lib/locales.ts';

describe('pickLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh-hant'],
    [['zh-HK', 'zh-CN'], 'zh-hant'],
    [['zh-Hant-TW'], 'zh-hant'],
    [['ZH'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-Hans-CN'], 'zh'],
    [['fr-FR', 'de'], 'en'],
    [['zh-Hans-CN'], 'zh'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});

describe('locale tags', () => {
  it('maps locale ids to BCP-47 and Open Graph forms', () => {
    expect(getLanguageTag('en')).toBe('en');
    expect(getLanguageTag('zh')).toBe('zh-CN');
    expect(getOpenGraphLocale('zh')).toBe('zh_CN');
    expect(getOpenGraphLocale('en')).toBe('en_US');
  });

  it("lists every other locale for the language switch, and the parallel view's partner", () => {
    for (const locale of locales) {
      expect(getOtherLocales(locale)).toEqual(locales.filter((other) => other !== locale));
      expect(getParallelLocale(locale)).not.toBe(locale);
    }
    expect(getParallelLocale('zh')).toBe('en');
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('translations', () => {
  it('pairs each translated locale with the written locale it translates', () => {
    expect(translationPairs).toEqual([{ source: 'zh', target: 'en' }]);
    expect(getTranslatedLocale('en')).toBe('zh');
    expect(getTranslatedLocale('zh')).toBeUndefined();
    expect(getTranslatedLocale('zh-hant')).toBeUndefined();
  });

  it("names a locale's language as the build's messages do", () => {
    expect(getLanguageName('zh')).toBe('Chinese');
    expect(getLanguageName('zh-hant')).toBe('Chinese');
    expect(getLanguageName('en')).toBe('English');
  });
});
