import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';

// What the feature specs rely on in the fixture site's content (test/fixtures/site/README.md): if an edit breaks one
// of these, this names it, rather than a search or self-check spec failing in a browser.
describe('the fixture site', () => {
  it.each(locales)('has mistakes in %s, not seven, with the same numbers and slugs as the other languages', (locale) => {
    const mistakes = fixture.getMistakes(locale);
    expect(mistakes.length).toBeGreaterThanOrEqual(4);
    expect(mistakes.length).not.toBe(7);
    expect(mistakes.map(({ number, slug }) => `${number} ${slug}`)).toEqual(fixture.getMistakes('en').map(({ number, slug }) => `${number} ${slug}`));
  });

  it('has a mistake with three paragraphs or more, one with one question and one with three', () => {
    const mistakes = fixture.getMistakes('en');
    expect(Math.max(...mistakes.map((mistake) => mistake.paragraphs.length))).toBeGreaterThanOrEqual(3);
    expect(mistakes.map((mistake) => mistake.selfCheck.length)).toEqual(expect.arrayContaining([1, 3]));
    expect(mistakes.some((mistake) => mistake.selfCheck.some((question) => !question.paragraph))).toBe(true);
  });

  it('holds its search words where the specs expect them', () => {
    const english = findUniqueWord('en', searchWords.en);
    expect(findUniqueWord('zh', searchWords.zhTwinOfEn).mistake.slug).toBe(english.mistake.slug);
    expect(findUniqueWord('zh', searchWords.zh).mistake.slug).not.toBe(english.mistake.slug);
    expect(fixture.findWord('en', searchWords.zh)).toEqual([]);
    expect(fixture.findWord('zh', searchWords.en)).toEqual([]);
    const phrase = fixture.findWord('zh', searchWords.zhPhrase);
    expect(phrase).toHaveLength(1);
    const text = [phrase[0]?.mistake.title, ...(phrase[0]?.mistake.texts ?? [])].join('\n');
    expect(text.split(searchWords.zhPhrase).length - 1).toBeGreaterThanOrEqual(3);
    for (const locale of locales) expect(fixture.findWord(locale, searchWords.nowhere)).toEqual([]);
  });

  it('files one mistake under the topic time and several under assets', () => {
    const mistakes = fixture.getMistakes('en');
    expect(mistakes.filter((mistake) => mistake.topics.includes('time'))).toHaveLength(1);
    expect(mistakes.filter((mistake) => mistake.topics.includes('assets')).length).toBeGreaterThan(1);
  });
});
