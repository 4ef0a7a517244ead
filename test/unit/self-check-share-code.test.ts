import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, maxShareLength, readShareCode, toShareHash } from '../../src/lib/self-check/share-code.ts';
import { getSelfCheckGroups } from '../../src/lib/self-check/questions.ts';
import type { Answers } from '../../src/lib/self-check/scoring.ts';
import { defaultLocale, locales, type Locale } from '../../src/lib/locales.ts';
import { fixture } from '../support/fixture-content.ts';

const ids = ['q-1-1', 'q-1-2', 'q-2-1', 'q-3-1'];

describe('encodeAnswers', () => {
  it('writes a version digit and one character per question, unanswered as -', () => {
    expect(encodeAnswers(ids, { 'q-1-1': 'yes', 'q-2-1': 'no', 'q-3-1': 'unsure' })).toBe('1y-nu');
    expect(encodeAnswers(ids, {})).toBe('1----');
  });

  it('leaves out answers to questions it does not know', () => {
    expect(encodeAnswers(ids, { 'q-9-9': 'yes' })).toBe('1----');
  });
});

describe('decodeAnswers', () => {
  it.each<[string, Answers]>([
    ['1yn-u', { 'q-1-1': 'yes', 'q-1-2': 'no', 'q-3-1': 'unsure' }],
    ['1----', {}],
    ['1uuuu', { 'q-1-1': 'unsure', 'q-1-2': 'unsure', 'q-2-1': 'unsure', 'q-3-1': 'unsure' }],
  ])('round-trips %s', (code, answers) => {
    expect(decodeAnswers(ids, code)).toEqual({ ok: true, answers });
    expect(encodeAnswers(ids, answers)).toBe(code);
  });

  // Hostile or broken links: each is refused with the problem the notice names, and none throws.
  it.each([
    ['too short', '1yn', 'length'],
    ['too long for the questions', '1ynynyn', 'length'],
    ['empty', '', 'version'],
    ['an unknown version', '2ynyn', 'version'],
    ['unknown answer codes', '1ynxn', 'code'],
    ['upper case', '1YNYN', 'code'],
    ['markup', '1<img src=x onerror=alert(1)>', 'length'],
    ['markup of the right length', '1<b>"', 'code'],
    ['10,000 characters', `1${'y'.repeat(9_999)}`, 'too-long'],
    ['a number', 12, 'code'],
    ['null', null, 'code'],
    ['an object', { toString: () => '1yyyy' }, 'code'],
  ])('refuses %s', (_case, code, problem) => {
    expect(decodeAnswers(ids, code)).toEqual({ ok: false, problem });
  });

  it('accepts a code of the longest allowed length for as many questions', () => {
    const many = Array.from({ length: maxShareLength - 1 }, (_, index) => `q-1-${index}`);
    expect(decodeAnswers(many, `1${'n'.repeat(maxShareLength - 1)}`).ok).toBe(true);
  });
});

describe('share links', () => {
  it.each([
    ['#answers=1yn', '1yn'],
    ['answers=1yn', '1yn'],
    ['#p-3-2', undefined],
    ['', undefined],
    ['#answers=', ''],
    ['#x=1&answers=1%3Cb%3E', '1<b>'],
  ])('reads %s', (hash, code) => {
    expect(readShareCode(hash)).toBe(code);
  });

  it('reads a malformed escape without throwing, and the code is then refused', () => {
    const code = readShareCode('#answers=%E0%A4%A');
    expect(decodeAnswers(ids, code).ok).toBe(false);
  });

  it('hands a huge fragment over unparsed, to be refused as too long', () => {
    const hash = `#answers=${'y'.repeat(10_000)}`;
    expect(decodeAnswers(ids, readShareCode(hash))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('writes the fragment that reads back', () => {
    const answers: Answers = { 'q-1-2': 'unsure', 'q-3-1': 'no' };
    const hash = toShareHash(ids, answers);
    expect(hash).toBe('#answers=1-u-n');
    expect(decodeAnswers(ids, readShareCode(hash))).toEqual({ ok: true, answers });
  });
});

describe('round trip across languages, on the fixture site', () => {
  const idsOf = (locale: Locale) => getSelfCheckGroups(locale, fixture.getMistakes(locale)).flatMap((group) => group.questions.map((question) => question.id));

  it.each(locales)('gives %s the question order of the default language, so a link made in one opens in the other', (locale) => {
    const ids = idsOf(defaultLocale);
    expect(ids.length).toBeGreaterThan(1);
    expect(idsOf(locale)).toEqual(ids);
    const answers: Answers = Object.fromEntries(ids.map((id, index) => [id, (['yes', 'no', 'unsure'] as const)[index % 3]]));
    const code = encodeAnswers(ids, answers);
    expect(code).toHaveLength(ids.length + 1);
    expect(decodeAnswers(idsOf(locale), code)).toEqual({ ok: true, answers });
  });
});
