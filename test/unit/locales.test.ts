import { describe, expect, it } from 'vitest';
import { getLanguageTag, getOpenGraphLocale, getOtherLocale, isLocale, pickLocale } from '../../src/lib/locales.ts';

describe('pickLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['ZH'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-Hans-CN'], 'zh'],
    [['fr-FR', 'de'], 'en'],
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

  it('knows its two languages', () => {
    expect(getOtherLocale('en')).toBe('zh');
    expect(getOtherLocale('zh')).toBe('en');
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
