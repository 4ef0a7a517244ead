import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { resources, useTranslations } from '../../src/i18n/index.ts';
import { topicIds } from '../../src/lib/content-schema.ts';

const placeholders = (value: string) => [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  it('has one resource per locale', () => {
    expect(Object.keys(resources).sort()).toEqual(['en', 'zh']);
  });

  it('zh has exactly the keys of en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries({ en, zh }))('%s has no empty strings', (_locale, strings) => {
    for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('labels every topic of the content schema', () => {
    for (const topic of topicIds) expect(Object.keys(en)).toContain(`topic.${topic}`);
  });

  it('interpolates through i18next in each language', () => {
    expect(useTranslations('en')('mistake.position', { number: 3, total: 7 })).toBe('Mistake 3 of 7');
    expect(useTranslations('zh')('mistake.label', { number: 3 })).toBe('问题3');
  });
});
