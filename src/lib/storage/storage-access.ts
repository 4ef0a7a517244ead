/** The part of `Storage` the stores use; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `unavailable`: no storage (disabled, private mode, sandboxed); `full`: over quota. Either way the data lives on in memory. */
export type StoreProblem = 'unavailable' | 'full';
export type StoreResult = { ok: true } | { ok: false; problem: StoreProblem };

/** Returns localStorage, or undefined where reading it throws (disabled storage, sandboxed frames). */
export function getStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // The islands still work; what the reader keeps just does not survive a reload.
  }
}

/** Reads one key; undefined when the storage is missing or throws (then nothing stored can be shown, or lost). */
export function readItem(storage: StorageLike | undefined, key: string): string | null | undefined {
  try {
    return storage ? storage.getItem(key) : undefined;
  } catch {
    return undefined; // A storage that throws on read is one we cannot use: the caller works in memory.
  }
}

/** Runs one write and says how it went, never throwing. */
export function attempt(storage: StorageLike | undefined, write: (storage: StorageLike) => void): StoreResult {
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
