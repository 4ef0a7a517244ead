import { forgetAside, readAside, type Unreadable } from '../../lib/storage/keep-aside.ts';
import { mergeChanges, type Changes } from '../../lib/storage/merge-changes.ts';
import { attempt, getStorage, type StorageLike, type StoreProblem, type StoreResult } from '../../lib/storage/storage-access.ts';
import { watchKey } from './watch-key.ts';

type Stored<T> = { ok: true; changes: Changes<T> } | { ok: false; reason: Unreadable; text: string };

/** A store's pure functions (`src/lib/…`): its key, how it reads stored text, how it merges changes in and writes. */
export interface StoreFunctions<T> {
  key: string;
  read: (storage: StorageLike | undefined) => Stored<T>;
  parse: (text: string) => Stored<T>;
  save: (storage: StorageLike | undefined, changes: Changes<T>) => { changes: Changes<T>; result: StoreResult };
}

/**
 * What one tab holds of a store: the stored changes, plus this tab's own when a save failed (kept in memory).
 * A change is written as read, merge, write, with only this tab's change merged in, so a stale tab never writes back what
 * it remembers. Other tabs' writes arrive through `storage` events: the tab then holds what is stored (and its unsaved changes).
 */
export class KeptStore<T> {
  #functions: StoreFunctions<T>;
  #changes: Changes<T> = {};
  /** True while this tab holds changes the storage refused. */
  #unsaved = false;

  constructor(functions: StoreFunctions<T>, onOutside: () => void) {
    this.#functions = functions;
    this.#read();
    watchKey(functions.key, () => {
      this.#read();
      onOutside();
    });
    // A page restored from the back-forward cache missed the events of its time away.
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      this.#read();
      onOutside();
    });
  }

  get changes(): Changes<T> {
    return this.#changes;
  }

  /** Applies this tab's change; returns why it could not be saved (it is then kept in this tab's memory). */
  apply(change: Changes<T>): StoreProblem | undefined {
    const saved = this.#functions.save(getStorage(), change);
    this.#unsaved = !saved.result.ok;
    this.#changes = saved.result.ok ? saved.changes : mergeChanges(this.#changes, change);
    return saved.result.ok ? undefined : saved.result.problem;
  }

  /** Forgets everything (after asking the reader) with `remove`; returns why the storage refused, if it did. */
  clear(remove: (storage: StorageLike | undefined) => StoreResult): StoreProblem | undefined {
    const result = remove(getStorage());
    this.#changes = {};
    this.#unsaved = false;
    return result.ok ? undefined : result.problem;
  }

  /** Why data was kept aside, if any is: the stored key unreadable now, or a copy kept earlier. */
  get unreadable(): Unreadable | undefined {
    const stored = this.#functions.read(getStorage());
    if (!stored.ok) return stored.reason;
    const aside = readAside(getStorage(), this.#functions.key);
    if (aside === undefined) return undefined;
    const kept = this.#functions.parse(aside);
    return kept.ok ? 'corrupt' : kept.reason;
  }

  /** The unreadable text, exactly as it was stored, for the reader to download. */
  get unreadableText(): string | undefined {
    const stored = this.#functions.read(getStorage());
    return stored.ok ? readAside(getStorage(), this.#functions.key) : stored.text;
  }

  /** Deletes the copy kept aside (and the unreadable data itself, if not yet moved aside), when the reader asks to. */
  forgetUnreadable(): void {
    const storage = getStorage();
    if (!this.#functions.read(storage).ok) attempt(storage, (present) => present.removeItem(this.#functions.key));
    forgetAside(storage, this.#functions.key);
  }

  #read(): void {
    const stored = this.#functions.read(getStorage());
    if (!stored.ok) return;
    this.#changes = this.#unsaved ? mergeChanges(stored.changes, this.#changes) : stored.changes;
  }
}
