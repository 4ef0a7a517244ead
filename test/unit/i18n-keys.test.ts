import { describe, expect, it } from 'vitest';
import { resources, useTranslations } from '../../src/i18n/index.ts';
import { topicIds } from '../../src/lib/content-schema.ts';
import { defaultLocale, getLanguageTag, locales, type Locale } from '../../src/lib/locales.ts';

const placeholders = (value: string) => [...new Set([...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? ''))].sort();

// Plural forms (`key_one`, `key_other`) differ by language: en has one and other, zh only other.
// `_zero` is i18next's optional form for a count of 0, in any language.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const strings = (locale: Locale): Record<string, string> => resources[locale].translation;
const others = locales.filter((locale) => locale !== defaultLocale);

/** Groups a locale's keys by base key: plural forms under one key, their placeholders merged. */
function byBaseKey(locale: Locale): Map<string, { forms: string[]; placeholders: string[] }> {
  const keys = new Map<string, { forms: string[]; placeholders: string[] }>();
  for (const [key, value] of Object.entries(strings(locale))) {
    const base = key.replace(pluralSuffix, '');
    const entry = keys.get(base) ?? { forms: [], placeholders: [] };
    entry.forms.push(pluralSuffix.exec(key)?.[1] ?? '');
    entry.placeholders = [...new Set([...entry.placeholders, ...placeholders(value)])].sort();
    keys.set(base, entry);
  }
  return keys;
}

describe('UI strings', () => {
  it('has one resource per locale', () => {
    expect(Object.keys(resources).sort()).toEqual([...locales].sort());
  });

  it.each(others)('%s has exactly the keys of en, plural forms aside', (locale) => {
    expect([...byBaseKey(locale).keys()].sort()).toEqual([...byBaseKey(defaultLocale).keys()].sort());
  });

  it('names every locale in the language switch of every locale', () => {
    for (const locale of locales) for (const target of locales) expect(Object.keys(strings(locale))).toContain(`languageSwitch.hint.${target}`);
  });

  it.each(locales)('%s has the plural forms its language needs, and no others', (locale) => {
    const categories = new Intl.PluralRules(getLanguageTag(locale)).resolvedOptions().pluralCategories;
    for (const [key, { forms }] of byBaseKey(locale)) {
      if (forms.includes('')) {
        expect(forms, `${key} is both plain and plural`).toEqual(['']);
        continue;
      }
      const needed = forms.filter((form) => form !== 'zero');
      expect(needed.sort(), key).toEqual([...categories].sort());
    }
  });

  it.each(others)('%s has the plural keys of en, and a zero form where en has one', (locale) => {
    const plural = (of: Locale) =>
      [...byBaseKey(of)].filter(([, { forms }]) => !forms.includes('')).map(([key, { forms }]) => `${key}${forms.includes('zero') ? ' (zero)' : ''}`);
    expect(plural(locale).sort()).toEqual(plural(defaultLocale).sort());
  });

  it.each(locales)('%s has no empty strings', (locale) => {
    for (const [key, value] of Object.entries(strings(locale))) expect(value.trim(), key).not.toBe('');
  });

  it.each(others)('%s uses the placeholders of en (all plural forms of a key together)', (locale) => {
    const keys = byBaseKey(locale);
    for (const [key, { placeholders: used }] of byBaseKey(defaultLocale)) expect(keys.get(key)?.placeholders, key).toEqual(used);
  });

  it('labels every topic of the content schema', () => {
    for (const topic of topicIds) expect(Object.keys(strings(defaultLocale))).toContain(`topic.${topic}`);
  });

  it('interpolates through i18next in each language', () => {
    expect(useTranslations('en')('mistake.position', { number: 3, total: 7 })).toBe('Mistake 3 of 7');
    expect(useTranslations('zh')('mistake.label', { number: 3 })).toBe('错误3');
  });

  it.each([
    ['en', 0, 'No risks so far among the 7 mistakes.'],
    ['en', 1, 'Your answers point to 1 of the 7 mistakes.'],
    ['en', 2, 'Your answers point to 2 of the 7 mistakes.'],
    ['zh', 0, '7个错误中，目前没有发现风险。'],
    ['zh', 1, '7个错误中，有1个存在风险。'],
    ['zh', 2, '7个错误中，有2个存在风险。'],
  ] as const)('%s pluralises the self-check result for %i', (locale, count, text) => {
    expect(useTranslations(locale)('selfCheck.result.risks', { count, total: 7 })).toBe(text);
  });
});
