import { describe, expect, it } from 'vitest';
import { loadAnswers, readStoredAnswers, saveChanges, storageKey, toAnswers } from '../../src/lib/self-check/answer-store.ts';
import { forgetAside, readAside, toAsideKey } from '../../src/lib/storage/keep-aside.ts';

/** A fresh in-memory Storage per test; `fail` makes one method throw, as disabled or full storage does. */
function createStorage(initial?: string, fail?: { method: 'getItem' | 'setItem' | 'removeItem'; name: string }) {
  const items = new Map<string, string>(initial === undefined ? [] : [[storageKey, initial]]);
  const guard = (method: string) => {
    if (method === fail?.method) throw new DOMException('denied', fail.name);
  };
  return {
    items,
    getItem: (key: string) => (guard('getItem'), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard('setItem'), void items.set(key, value)),
    removeItem: (key: string) => (guard('removeItem'), void items.delete(key)),
  };
}
const version2 = (answers: unknown) => JSON.stringify({ version: 2, answers });

describe('answer store', () => {
  it('saves answers with the time of each change, and loads them back', () => {
    const storage = createStorage();
    const saved = saveChanges(storage, { 'q-1-1': { at: 5, value: 'yes' }, 'q-3-2': { at: 6, value: 'unsure' } });
    expect(saved.result).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(storageKey) ?? '')).toEqual({
      version: 2,
      answers: { 'q-1-1': { at: 5, value: 'yes' }, 'q-3-2': { at: 6, value: 'unsure' } },
    });
    expect(loadAnswers(storage)).toEqual({ 'q-1-1': 'yes', 'q-3-2': 'unsure' });
  });

  it('merges on write: what another tab changed since stays, a cleared answer stays cleared', () => {
    // This tab remembers q-1-1 = yes (time 1) and q-1-2 = no (time 1); another tab since cleared q-1-1 and answered q-2-1.
    const storage = createStorage(version2({ 'q-1-1': { at: 4 }, 'q-1-2': { at: 1, value: 'no' }, 'q-2-1': { at: 3, value: 'yes' } }));
    const remembered = { 'q-1-1': { at: 1, value: 'yes' }, 'q-1-2': { at: 1, value: 'no' } } as const;
    const saved = saveChanges(storage, { ...remembered, 'q-3-1': { at: 5, value: 'unsure' } });
    expect(loadAnswers(storage)).toEqual({ 'q-1-2': 'no', 'q-2-1': 'yes', 'q-3-1': 'unsure' });
    expect(saved.changes['q-1-1']).toEqual({ at: 4 });
  });

  it('migrates version 1 (plain answers) as changes older than any new one', () => {
    const storage = createStorage(JSON.stringify({ version: 1, answers: { 'q-1-1': 'yes', 'q-1-2': 'no', 'q-9-9': 'maybe' } }));
    expect(readStoredAnswers(storage)).toEqual({ ok: true, changes: { 'q-1-1': { at: 0, value: 'yes' }, 'q-1-2': { at: 0, value: 'no' } } });
    saveChanges(storage, { 'q-1-1': { at: 1 } });
    expect(JSON.parse(storage.items.get(storageKey) ?? '')).toEqual({ version: 2, answers: { 'q-1-1': { at: 1 }, 'q-1-2': { at: 0, value: 'no' } } });
    expect(readAside(storage, storageKey)).toBeUndefined();
  });

  it.each([
    ['corrupt JSON', '{"version":2,"answers":{', 'corrupt'],
    ['a JSON string', '"yes"', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['an array', '[1,2]', 'corrupt'],
    ['no answers field', '{"version":2}', 'corrupt'],
    ['answers as an array', '{"version":2,"answers":["yes"]}', 'corrupt'],
    ['an unknown version 0', '{"version":0,"answers":{}}', 'corrupt'],
    ['a newer version', '{"version":3,"answers":{"q-1-1":{"at":1,"answer":"yes","by":"a later site"}}}', 'newer'],
    ['a newer version of another shape', '{"version":3,"sets":[]}', 'newer'],
    ['a huge value', version2({ 'q-1-1': { at: 1, value: 'yes' }, pad: 'x'.repeat(30_000) }), 'too-big'],
  ])('keeps %s aside, untouched, before the next save, and says why it could not be read', (_case, text, reason) => {
    const storage = createStorage(text);
    expect(readStoredAnswers(storage)).toEqual({ ok: false, reason, text });
    expect(loadAnswers(storage)).toEqual({});
    expect(saveChanges(storage, { 'q-1-1': { at: 1, value: 'no' } }).result).toEqual({ ok: true });
    expect(storage.items.get(toAsideKey(storageKey))).toBe(text);
    expect(loadAnswers(storage)).toEqual({ 'q-1-1': 'no' });
    expect(forgetAside(storage, storageKey)).toEqual({ ok: true });
    expect(readAside(storage, storageKey)).toBeUndefined();
  });

  it('writes nothing over unreadable data that cannot be kept aside (another unreadable copy is already kept)', () => {
    const storage = createStorage('{broken');
    storage.items.set(toAsideKey(storageKey), '{broken earlier');
    expect(saveChanges(storage, { 'q-1-1': { at: 1, value: 'no' } }).result.ok).toBe(false);
    expect(storage.items.get(storageKey)).toBe('{broken');
    expect(storage.items.get(toAsideKey(storageKey))).toBe('{broken earlier');
  });

  it('keeps only known answers to question ids', () => {
    const stored = version2({
      'q-1-1': { at: 1, value: 'yes' },
      'q-1-2': { at: 1, value: 'maybe' },
      __proto__x: { at: 1, value: 'no' },
      'q-2-1': 3,
      'q-2-2': { at: 1, value: 'unsure' },
    });
    expect(loadAnswers(createStorage(stored))).toEqual({ 'q-1-1': 'yes', 'q-2-2': 'unsure' });
  });

  it('says why a save failed, without throwing, and reads a failing storage as no answers', () => {
    const change = { 'q-1-1': { at: 1, value: 'yes' } } as const;
    expect(saveChanges(createStorage(undefined, { method: 'setItem', name: 'QuotaExceededError' }), change).result).toEqual({ ok: false, problem: 'full' });
    expect(saveChanges(createStorage(undefined, { method: 'setItem', name: 'SecurityError' }), change).result).toEqual({ ok: false, problem: 'unavailable' });
    expect(saveChanges(undefined, change)).toEqual({ changes: change, result: { ok: false, problem: 'unavailable' } });
    expect(loadAnswers(createStorage('{}', { method: 'getItem', name: 'SecurityError' }))).toEqual({});
    expect(loadAnswers(undefined)).toEqual({});
  });

  it('toAnswers ignores what is not an object of answers', () => {
    expect(toAnswers('yes')).toEqual({});
    expect(toAnswers(null)).toEqual({});
    expect(toAnswers({ 'q-1-1': 'no', 'p-1-1': 'yes' })).toEqual({ 'q-1-1': 'no' });
  });
});
