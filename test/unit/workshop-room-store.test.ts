import { describe, expect, it } from 'vitest';
import { clearRoom, readStoredRoom, roomStorageKey, saveRoomChanges, type RoomChanges } from '../../src/lib/workshop/room-store.ts';
import { toAsideKey } from '../../src/lib/storage/keep-aside.ts';

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
const version2 = (responses: RoomChanges) => JSON.stringify({ version: 2, responses });
const entry = (code: string, added: number, at = added) => ({ at, value: { code, locale: 'en', added } });

describe('room store', () => {
  it('saves responses by id as versioned JSON, and reads them back', () => {
    const storage = createStorage();
    const changes = {
      a: entry('1yn-', 1),
      b: { at: 2, value: { code: '1uuu', locale: 'zh', added: 2, held: { reason: 'duplicate', line: 3, text: 'https://…', firstLine: 1 } } },
    };
    expect(saveRoomChanges(storage, changes).result).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(roomStorageKey) ?? '')).toEqual({ version: 2, responses: changes });
    expect(readStoredRoom(storage)).toEqual({ ok: true, changes });
  });

  it('merges on write: 5 responses from tab A and 3 from tab B make 8', () => {
    const storage = createStorage();
    const tabA = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`a${n}`, entry('1yyy', n)]));
    const tabB = Object.fromEntries([1, 2, 3].map((n) => [`b${n}`, entry('1nnn', 10 + n)]));
    saveRoomChanges(storage, tabA);
    saveRoomChanges(storage, tabB);
    const stored = readStoredRoom(storage);
    expect(stored.ok && Object.keys(stored.changes).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3']);
  });

  it('a removal in a stale tab removes that response only, and a removed response never comes back', () => {
    const storage = createStorage(version2({ a: entry('1yyy', 1), b: entry('1nnn', 2), c: entry('1uuu', 3) }));
    saveRoomChanges(storage, { b: { at: 10 } });
    // A tab that still shows b as it was writes it again (an old change): the removal stays.
    saveRoomChanges(storage, { b: entry('1nnn', 2), d: entry('1yny', 11) });
    const stored = readStoredRoom(storage);
    expect(stored.ok && Object.entries(stored.changes).map(([id, change]) => `${id}:${change.value ? 'kept' : 'removed'}`)).toEqual([
      'a:kept',
      'b:removed',
      'c:kept',
      'd:kept',
    ]);
  });

  it('migrates version 1 (a list) into responses added in list order', () => {
    const storage = createStorage(JSON.stringify({ version: 1, responses: [{ code: '1yyy', locale: 'en' }, 'junk', { code: '1nnn', locale: 'zh' }] }));
    expect(readStoredRoom(storage)).toEqual({
      ok: true,
      changes: { 'v1-0': { at: 0, value: { code: '1yyy', locale: 'en', added: 0 } }, 'v1-2': { at: 0, value: { code: '1nnn', locale: 'zh', added: 2 } } },
    });
  });

  it.each([
    ['truncated JSON', '{"version":2,"responses":{', 'corrupt'],
    ['a JSON string', '"1yyy"', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['an array', '[{"code":"1yyy","locale":"en"}]', 'corrupt'],
    ['version 2 with a list', '{"version":2,"responses":[]}', 'corrupt'],
    ['a newer version', '{"version":3,"responses":{}}', 'newer'],
    ['a newer version of another shape', '{"version":3,"rooms":[]}', 'newer'],
    ['a room over the size limit', version2({ a: { at: 1, value: { code: '1yyy', locale: 'en', added: 1, pad: 'x'.repeat(1_000_001) } as never } }), 'too-big'],
  ])('keeps %s aside, untouched, before the next save; the save does not replace it', (_case, text, reason) => {
    const storage = createStorage(text);
    expect(readStoredRoom(storage)).toEqual({ ok: false, reason, text });
    expect(saveRoomChanges(storage, { a: entry('1yyy', 1) }).result).toEqual({ ok: true });
    expect(storage.items.get(toAsideKey(roomStorageKey))).toBe(text);
    expect(readStoredRoom(storage)).toEqual({ ok: true, changes: { a: entry('1yyy', 1) } });
    // A second unreadable room is not written over the first kept one, nor is it replaced.
    storage.items.set(roomStorageKey, '{"version":9');
    expect(saveRoomChanges(storage, { b: entry('1nnn', 2) }).result.ok).toBe(false);
    expect(storage.items.get(roomStorageKey)).toBe('{"version":9');
  });

  it('a new room forgets the stored room, after keeping unreadable data aside', () => {
    const storage = createStorage('{"version":2');
    expect(clearRoom(storage)).toEqual({ ok: true });
    expect(storage.items.has(roomStorageKey)).toBe(false);
    expect(storage.items.get(toAsideKey(roomStorageKey))).toBe('{"version":2');
  });

  it('tells the caller when the storage is full or unavailable, without throwing', () => {
    const full = { method: 'setItem', error: new DOMException('quota', 'QuotaExceededError') } as const;
    expect(saveRoomChanges(createStorage(undefined, full), { a: entry('1yyy', 1) }).result).toEqual({ ok: false, problem: 'full' });
    const firefox = { method: 'setItem', error: new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED') } as const;
    expect(saveRoomChanges(createStorage(undefined, firefox), { a: entry('1yyy', 1) }).result).toEqual({ ok: false, problem: 'full' });
    const denied = (method: Failure['method']) => ({ method, error: new DOMException('denied', 'SecurityError') });
    expect(saveRoomChanges(undefined, {}).result).toEqual({ ok: false, problem: 'unavailable' });
    expect(clearRoom(undefined)).toEqual({ ok: false, problem: 'unavailable' });
    expect(clearRoom(createStorage('{}', denied('removeItem')))).toEqual({ ok: false, problem: 'unavailable' });
    expect(readStoredRoom(createStorage(version2({ a: entry('1yyy', 1) }), denied('getItem')))).toEqual({ ok: true, changes: {} });
  });
});
