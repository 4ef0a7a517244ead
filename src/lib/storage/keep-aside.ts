import { attempt, readItem, type StorageLike, type StoreResult } from './storage-access.ts';

/**
 * Stored data a store cannot read (damaged, written by a newer version, too big) is never overwritten: before the store
 * writes its key again, the text is copied, untouched, to `<key>.unreadable`, where the reader can download it.
 * One copy is kept per key: while it holds other unreadable text, the store does not write (nothing is lost twice).
 */
export type Unreadable = 'corrupt' | 'newer' | 'too-big';

/** Returns the key that keeps a store's unreadable data, e.g. `kb-self-check.unreadable`. */
export function toAsideKey(key: string): string {
  return `${key}.unreadable`;
}

/** Copies unreadable `text` of `key` aside, unless that very text is kept already; fails rather than replace another copy. */
export function keepAside(storage: StorageLike | undefined, key: string, text: string): StoreResult {
  const aside = toAsideKey(key);
  const kept = readItem(storage, aside);
  if (kept === text) return { ok: true };
  if (kept !== null && kept !== undefined) return { ok: false, problem: 'unavailable' };
  return attempt(storage, (present) => present.setItem(aside, text));
}

/** The text kept aside for `key`, if any. */
export function readAside(storage: StorageLike | undefined, key: string): string | undefined {
  return readItem(storage, toAsideKey(key)) ?? undefined;
}

/** Deletes the kept copy, when the reader asks to. */
export function forgetAside(storage: StorageLike | undefined, key: string): StoreResult {
  return attempt(storage, (present) => present.removeItem(toAsideKey(key)));
}
