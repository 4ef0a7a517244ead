/**
 * Last-writer-wins maps: what two tabs keep is merged item by item, never list against list. Each item carries the time
 * of its last change; a removal is a change too (a tombstone: no `value`), so a tab that still shows an item cannot
 * bring it back by writing what it remembers.
 */
export interface Change<T> {
  /** Milliseconds since the epoch of the change. */
  at: number;
  /** The item's value; absent when the change removed it. */
  value?: T | undefined;
}

export type Changes<T> = Readonly<Record<string, Change<T>>>;

/**
 * Merges two sets of changes: per id, the newer change wins; at the same time a removal wins (a removal is never undone),
 * else `incoming` does.
 * @example mergeChanges({ a: { at: 2, value: 'yes' } }, { a: { at: 1, value: 'no' } }) // { a: { at: 2, value: 'yes' } }
 */
export function mergeChanges<T>(stored: Changes<T>, incoming: Changes<T>): Record<string, Change<T>> {
  const merged: Record<string, Change<T>> = { ...stored };
  for (const [id, change] of Object.entries(incoming)) {
    const current = merged[id];
    if (!current || wins(change, current)) merged[id] = change;
  }
  return merged;
}

function wins<T>(incoming: Change<T>, current: Change<T>): boolean {
  if (incoming.at !== current.at) return incoming.at > current.at;
  return incoming.value === undefined || current.value !== undefined;
}

/**
 * Returns the time for a new change to `id`: now, or just after the stored change if that is later (a clock set back
 * must not make the reader's latest change lose).
 */
export function stampAfter<T>(stored: Changes<T>, id: string, now: number): number {
  const last = stored[id]?.at ?? -Infinity;
  return now > last ? now : last + 1;
}

/** The items that are present (not removed), by id. */
export function toPresent<T>(changes: Changes<T>): Record<string, T> {
  const present: Record<string, T> = {};
  for (const [id, change] of Object.entries(changes)) if (change.value !== undefined) present[id] = change.value;
  return present;
}

/** Reads a stored change: a finite time and, when present, a value that passes `isValue`; anything else is undefined. */
export function toChange<T>(value: unknown, isValue: (value: unknown) => value is T): Change<T> | undefined {
  if (typeof value !== 'object' || value === null || !('at' in value) || typeof value.at !== 'number' || !Number.isFinite(value.at)) return undefined;
  if (!('value' in value) || value.value === undefined) return { at: value.at };
  return isValue(value.value) ? { at: value.at, value: value.value } : undefined;
}
