import { describe, expect, it } from 'vitest';
import { clearRoom, loadRoom, roomStorageKey, saveRoom } from '../../src/lib/workshop/room-store.ts';
import type { RoomResponse } from '../../src/lib/workshop/room-response.ts';

const questionIds = ['q-1-1', 'q-1-2', 'q-2-1'];
const locales = ['en', 'zh'];
const responses: RoomResponse[] = [
  { code: '1yn-', locale: 'en', answers: { 'q-1-1': 'yes', 'q-1-2': 'no' } },
  { code: '1uuu', locale: 'zh', answers: { 'q-1-1': 'unsure', 'q-1-2': 'unsure', 'q-2-1': 'unsure' } },
  // The trainer confirmed a second participant with the same answers: both are kept.
  { code: '1uuu', locale: 'en', answers: { 'q-1-1': 'unsure', 'q-1-2': 'unsure', 'q-2-1': 'unsure' } },
];

type Failure = { method: 'getItem' | 'setItem' | 'removeItem'; error: DOMException };

/** A fresh in-memory Storage per test; `fail` makes one method throw as a disabled or full storage does. */
function createStorage(initial?: string, fail?: Failure) {
  const items = new Map<string, string>(initial === undefined ? [] : [[roomStorageKey, initial]]);
  const guard = (method: Failure['method']) => {
    if (method === fail?.method) throw fail.error;
  };
  return {
    items,
    getItem: (key: string) => (guard('getItem'), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard('setItem'), void items.set(key, value)),
    removeItem: (key: string) => (guard('removeItem'), void items.delete(key)),
  };
}
const stored = (entries: unknown[], version: unknown = 1) => JSON.stringify({ version, responses: entries });

describe('room store', () => {
  it('saves codes and locales as versioned JSON, and loads the responses back', () => {
    const storage = createStorage();
    expect(saveRoom(storage, responses)).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(roomStorageKey) ?? '')).toEqual({
      version: 1,
      responses: [
        { code: '1yn-', locale: 'en' },
        { code: '1uuu', locale: 'zh' },
        { code: '1uuu', locale: 'en' },
      ],
    });
    expect(loadRoom(storage, questionIds, locales)).toEqual({ responses, dropped: 0 });
  });

  it('clears the room', () => {
    const storage = createStorage(stored([{ code: '1yyy', locale: 'en' }]));
    expect(clearRoom(storage)).toEqual({ ok: true });
    expect(loadRoom(storage, questionIds, locales)).toEqual({ responses: [], dropped: 0 });
  });

  it.each([
    ['nothing stored', undefined],
    ['corrupt JSON', '{"version":1,"responses":['],
    ['a JSON string', '"1yyy"'],
    ['null', 'null'],
    ['an array', '[{"code":"1yyy","locale":"en"}]'],
    ['another version', stored([{ code: '1yyy', locale: 'en' }], 2)],
    ['responses as an object', '{"version":1,"responses":{"code":"1yyy","locale":"en"}}'],
    ['a huge value', stored([{ code: '1yyy', locale: 'en', pad: 'x'.repeat(1_000_001) }])],
  ])('reads %s as an empty room', (_case, text) => {
    expect(loadRoom(createStorage(text), questionIds, locales)).toEqual({ responses: [], dropped: 0 });
  });

  it('leaves out, and counts, stored responses that no longer fit the questions or the locales', () => {
    const text = stored([
      { code: '1yyy', locale: 'en' },
      { code: '1yyyy', locale: 'en' },
      { code: '1yyy', locale: 'fr' },
      { code: '1<b>', locale: 'zh' },
      { code: 1, locale: 'en' },
      'junk',
      { code: '1nnn', locale: 'zh', extra: true },
    ]);
    const { responses: loaded, dropped } = loadRoom(createStorage(text), questionIds, locales);
    expect(loaded.map(({ code, locale }) => `${locale}:${code}`)).toEqual(['en:1yyy', 'zh:1nnn']);
    expect(dropped).toBe(5);
  });

  it('tells the caller when the storage is full, without throwing', () => {
    const full = { method: 'setItem', error: new DOMException('quota', 'QuotaExceededError') } as const;
    expect(saveRoom(createStorage(undefined, full), responses)).toEqual({ ok: false, problem: 'full' });
    const firefox = { method: 'setItem', error: new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED') } as const;
    expect(saveRoom(createStorage(undefined, firefox), responses)).toEqual({ ok: false, problem: 'full' });
  });

  it('tells the caller when the storage is unavailable, without throwing', () => {
    const denied = (method: Failure['method']) => ({ method, error: new DOMException('denied', 'SecurityError') });
    expect(saveRoom(undefined, responses)).toEqual({ ok: false, problem: 'unavailable' });
    expect(clearRoom(undefined)).toEqual({ ok: false, problem: 'unavailable' });
    expect(saveRoom(createStorage(undefined, denied('setItem')), responses)).toEqual({ ok: false, problem: 'unavailable' });
    expect(clearRoom(createStorage('{}', denied('removeItem')))).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadRoom(createStorage(stored([{ code: '1yyy', locale: 'en' }]), denied('getItem')), questionIds, locales)).toEqual({ responses: [], dropped: 0 });
    expect(loadRoom(undefined, questionIds, locales)).toEqual({ responses: [], dropped: 0 });
  });
});
