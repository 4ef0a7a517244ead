import { toRoomResponse, type RoomResponse } from './room-response.ts';

/** localStorage key of the workshop room: the trainer's collected responses. */
export const roomStorageKey = 'kb-workshop-room';
const version = 1;
/** Stored data above this size is not ours: ignored rather than parsed. 1,000 responses take about 40 KB. */
const maxStoredLength = 1_000_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `unavailable`: no storage (disabled, private mode, sandboxed); `full`: over quota. Either way the room lives on in memory. */
export type StoreResult = { ok: true } | { ok: false; problem: 'unavailable' | 'full' };

export interface LoadedRoom {
  responses: RoomResponse[];
  /** Stored responses that no longer decode (the questions changed since) or name an unknown locale; left out. */
  dropped: number;
}

/** Reads the stored room; missing, corrupt or foreign data reads as an empty room, never as an error. */
export function loadRoom(storage: StorageLike | undefined, questionIds: readonly string[], locales: readonly string[]): LoadedRoom {
  let entries: unknown[] = [];
  try {
    const text = storage?.getItem(roomStorageKey);
    const parsed: unknown = text && text.length <= maxStoredLength ? JSON.parse(text) : undefined;
    if (isStoredRoom(parsed)) entries = parsed.responses;
  } catch {
    // Unparsable JSON or a storage that throws on read: an empty room, as if nothing were stored.
  }
  const responses: RoomResponse[] = [];
  for (const entry of entries) {
    const decoded = isStoredResponse(entry) && locales.includes(entry.locale) ? toRoomResponse(questionIds, entry.code, entry.locale) : undefined;
    if (decoded?.ok) responses.push(decoded.response);
  }
  return { responses, dropped: entries.length - responses.length };
}

/** Stores the room (codes and locales only: the answers are decoded again on load). */
export function saveRoom(storage: StorageLike | undefined, responses: readonly RoomResponse[]): StoreResult {
  const stored = { version, responses: responses.map(({ code, locale }) => ({ code, locale })) };
  return attempt(storage, (present) => present.setItem(roomStorageKey, JSON.stringify(stored)));
}

/** Forgets the stored room. */
export function clearRoom(storage: StorageLike | undefined): StoreResult {
  return attempt(storage, (present) => present.removeItem(roomStorageKey));
}

function attempt(storage: StorageLike | undefined, write: (storage: StorageLike) => void): StoreResult {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    write(storage);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** Quota errors differ by engine: `QuotaExceededError` (code 22) in most, `NS_ERROR_DOM_QUOTA_REACHED` (1014) in old Firefox. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

function isStoredRoom(value: unknown): value is { version: number; responses: unknown[] } {
  if (typeof value !== 'object' || value === null) return false;
  return 'version' in value && value.version === version && 'responses' in value && Array.isArray(value.responses);
}

function isStoredResponse(value: unknown): value is { code: string; locale: string } {
  if (typeof value !== 'object' || value === null) return false;
  return 'code' in value && typeof value.code === 'string' && 'locale' in value && typeof value.locale === 'string';
}
