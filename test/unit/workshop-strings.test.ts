import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { pickStrings } from '../../src/i18n/pick-strings.ts';
import { getLanguageTag, locales } from '../../src/lib/locales.ts';
import { createTranslate } from '../../src/lib/translate.ts';

// The workshop island says in the browser what i18next would say at build time, in every language, for every count.
describe('workshop island strings', () => {
  it.each(locales)('match i18next in %s', (locale) => {
    const strings = pickStrings(locale, 'workshop.room.', 'selfCheck.answer.');
    const t = createTranslate(getLanguageTag(locale), strings);
    const serverT = useTranslations(locale) as (key: string, values: Record<string, string | number>) => string;
    const values = {
      number: 3,
      total: 30,
      risk: 12,
      check: 4,
      line: 7,
      language: 'English',
      reason: 'x',
      site: 'x.org',
      added: 2,
      counted: 3,
      held: 1,
      refused: 9,
      position: 2,
    };
    const keys = new Set(Object.keys(strings).map((key) => key.replace(/_(?:zero|one|two|few|many|other)$/, '')));
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys) {
      for (const count of [0, 1, 2, 5, 1_000]) expect(t(key, { ...values, count }), key).toBe(serverT(key, { ...values, count }));
    }
  });

  it.each(locales)('in %s, give a reason for every way a line can be refused or held', (locale) => {
    const strings = pickStrings(locale, 'workshop.room.reason.');
    expect(Object.keys(strings).sort()).toEqual(
      ['not-share-link', 'no-answers', 'malformed', 'other-version', 'duplicate', 'in-room', 'other-site']
        .map((reason) => `workshop.room.reason.${reason}`)
        .sort(),
    );
  });

  it('use full-width punctuation in Chinese', () => {
    for (const [key, value] of Object.entries(pickStrings('zh', 'workshop.'))) {
      expect(value, key).not.toMatch(/[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]/);
    }
  });
});
