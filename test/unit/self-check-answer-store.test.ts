import { describe, expect, it } from 'vitest';
import { clearAnswers, loadAnswers, saveAnswers, storageKey, toAnswers } from '../../src/lib/self-check/answer-store.ts';

/** A fresh in-memory Storage per test; `fail` makes one method throw, as disabled or full storage does. */
function createStorage(initial?: string, fail?: 'getItem' | 'setItem' | 'removeItem') {
  const items = new Map<string, string>(initial === undefined ? [] : [[storageKey, initial]]);
  const guard = (method: string) => {
    if (method === fail) throw new DOMException('denied', 'SecurityError');
  };
  return {
    items,
    getItem: (key: string) => (guard('getItem'), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard('setItem'), void items.set(key, value)),
    removeItem: (key: string) => (guard('removeItem'), void items.delete(key)),
  };
}

describe('answer store', () => {
  it('saves and loads answers', () => {
    const storage = createStorage();
    expect(saveAnswers(storage, { 'q-1-1': 'yes', 'q-3-2': 'unsure' })).toBe(true);
    expect(loadAnswers(storage)).toEqual({ 'q-1-1': 'yes', 'q-3-2': 'unsure' });
  });

  it('clears answers', () => {
    const storage = createStorage(JSON.stringify({ version: 1, answers: { 'q-1-1': 'no' } }));
    clearAnswers(storage);
    expect(loadAnswers(storage)).toEqual({});
  });

  it.each([
    ['nothing stored', undefined],
    ['corrupt JSON', '{"version":1,"answers":{'],
    ['a JSON string', '"yes"'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['no answers field', '{"version":1}'],
    ['answers as an array', '{"version":1,"answers":["yes"]}'],
    ['a huge value', JSON.stringify({ version: 1, answers: { 'q-1-1': 'yes', pad: 'x'.repeat(30_000) } })],
  ])('reads %s as no answers', (_case, stored) => {
    expect(loadAnswers(createStorage(stored))).toEqual({});
  });

  it('keeps only known answers to question ids', () => {
    const stored = JSON.stringify({ version: 1, answers: { 'q-1-1': 'yes', 'q-1-2': 'maybe', __proto__x: 'no', 'q-2-1': 3, 'q-2-2': 'unsure' } });
    expect(loadAnswers(createStorage(stored))).toEqual({ 'q-1-1': 'yes', 'q-2-2': 'unsure' });
  });

  it('survives storage that throws or is missing', () => {
    expect(loadAnswers(createStorage('{}', 'getItem'))).toEqual({});
    expect(saveAnswers(createStorage(undefined, 'setItem'), { 'q-1-1': 'yes' })).toBe(false);
    expect(() => clearAnswers(createStorage('{}', 'removeItem'))).not.toThrow();
    expect(loadAnswers(undefined)).toEqual({});
    expect(saveAnswers(undefined, {})).toBe(false);
  });

  it('toAnswers ignores what is not an object of answers', () => {
    expect(toAnswers('yes')).toEqual({});
    expect(toAnswers(null)).toEqual({});
    expect(toAnswers({ 'q-1-1': 'no', 'p-1-1': 'yes' })).toEqual({ 'q-1-1': 'no' });
  });
});
