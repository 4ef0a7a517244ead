import { keepAside, type Unreadable } from '../storage/keep-aside.ts';
import { mergeChanges, toChange, type Change, type Changes } from '../storage/merge-changes.ts';
import { attempt, readItem, type StorageLike, type StoreResult } from '../storage/storage-access.ts';

export type { StoreResult } from '../storage/storage-access.ts';

/** localStorage key of the workshop room: the trainer's collected responses. */
export const roomStorageKey = 'kb-workshop-room';
/**
 * Version 2 keeps each response under its own id with the time of its last change, so tabs merge response by response:
 * `{"version":2,"responses":{"r-…":{"at":1767225600000,"value":{"code":"1yn-u","locale":"en","added":1767225600000}}}}`.
 * A removed response keeps its id and time and loses its value (a tombstone); a held one has `held` (why, and its line).
 * Version 1 (`{"version":1,"responses":[{"code","locale"}]}`) is read as responses added at times 0, 1, 2… in order.
 */
const version = 2;
/** Stored data above this size is not ours: kept aside, not parsed. 1,000 responses take about 120 KB. */
const maxStoredLength = 1_000_000;

/** Why a response waits for the trainer's word, and the pasted line it came from (shown again after a reload). */
export interface HeldInfo {
  reason: string;
  line: number;
  text: string;
  firstLine?: number;
  /** For a link from another site: that site, e.g. `other-kb.example.org`. */
  site?: string;
}

export interface RoomEntry {
  /** The normalised share code, decoded again on load. */
  code: string;
  locale: string;
  /** When the response first came in: the room's order. */
  added: number;
  /** Present while the response is held back, not counted. */
  held?: HeldInfo;
}

export type RoomChanges = Changes<RoomEntry>;
export type StoredRoom = { ok: true; changes: RoomChanges } | { ok: false; reason: Unreadable; text: string };

/** Reads the stored room; nothing stored (or no storage) is an empty room, anything unreadable says why. */
export function readStoredRoom(storage: StorageLike | undefined): StoredRoom {
  const text = readItem(storage, roomStorageKey);
  return text === null || text === undefined ? { ok: true, changes: {} } : parseStoredRoom(text);
}

/** Reads stored text: versions 1 and 2 as changes; damaged, newer or oversized text as unreadable, with the reason. */
export function parseStoredRoom(text: string): StoredRoom {
  if (text.length > maxStoredLength) return { ok: false, reason: 'too-big', text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', text };
  }
  if (typeof parsed !== 'object' || parsed === null || !('version' in parsed)) return { ok: false, reason: 'corrupt', text };
  // A newer version may be shaped in any way: it is told apart before its shape is checked.
  if (typeof parsed.version === 'number' && parsed.version > version) return { ok: false, reason: 'newer', text };
  if (!('responses' in parsed)) return { ok: false, reason: 'corrupt', text };
  const { responses } = parsed;
  if (parsed.version === 1 && Array.isArray(responses)) return { ok: true, changes: fromVersion1(responses) };
  if (parsed.version !== version || typeof responses !== 'object' || responses === null || Array.isArray(responses))
    return { ok: false, reason: 'corrupt', text };
  const changes: Record<string, Change<RoomEntry>> = {};
  for (const [id, entry] of Object.entries(responses)) {
    const change = toChange(entry, isRoomEntry);
    if (change) changes[id] = change;
  }
  return { ok: true, changes };
}

function fromVersion1(responses: unknown[]): RoomChanges {
  const changes: Record<string, Change<RoomEntry>> = {};
  for (const [index, entry] of responses.entries()) {
    if (isCodeAndLocale(entry)) changes[`v1-${index}`] = { at: 0, value: { code: entry.code, locale: entry.locale, added: index } };
  }
  return changes;
}

/**
 * Merges `changes` into what is stored and writes the result: read, merge, write, so a tab never writes back what another
 * changed since. Unreadable stored data is kept aside first; if it cannot be, nothing is written over it.
 * Returns the merged changes and how the write went.
 */
export function saveRoomChanges(storage: StorageLike | undefined, changes: RoomChanges): { changes: RoomChanges; result: StoreResult } {
  const stored = readStoredRoom(storage);
  if (!stored.ok) {
    const kept = keepAside(storage, roomStorageKey, stored.text);
    if (!kept.ok) return { changes, result: kept };
  }
  const merged = mergeChanges(stored.ok ? stored.changes : {}, changes);
  return { changes: merged, result: attempt(storage, (present) => present.setItem(roomStorageKey, JSON.stringify({ version, responses: merged }))) };
}

/** Forgets the stored room (a new room, after asking); unreadable data kept aside stays aside. */
export function clearRoom(storage: StorageLike | undefined): StoreResult {
  const stored = readStoredRoom(storage);
  if (!stored.ok) {
    const kept = keepAside(storage, roomStorageKey, stored.text);
    if (!kept.ok) return kept;
  }
  return attempt(storage, (present) => present.removeItem(roomStorageKey));
}

function isCodeAndLocale(value: unknown): value is { code: string; locale: string } {
  if (typeof value !== 'object' || value === null) return false;
  return 'code' in value && typeof value.code === 'string' && 'locale' in value && typeof value.locale === 'string';
}

function isRoomEntry(value: unknown): value is RoomEntry {
  if (!isCodeAndLocale(value) || !('added' in value) || typeof value.added !== 'number') return false;
  return !('held' in value) || value.held === undefined || isHeldInfo(value.held);
}

function isHeldInfo(value: unknown): value is HeldInfo {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'reason' in value &&
    typeof value.reason === 'string' &&
    'line' in value &&
    typeof value.line === 'number' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

/** The room store's functions, for the island's `KeptStore`. */
export const roomStore = { key: roomStorageKey, read: readStoredRoom, parse: parseStoredRoom, save: saveRoomChanges };
