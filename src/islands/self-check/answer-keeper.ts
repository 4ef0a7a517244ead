import { parseStoredAnswers, readStoredAnswers, saveChanges, storageKey, type AnswerChanges } from '../../lib/self-check/answer-store.ts';
import type { Answer, Answers } from '../../lib/self-check/scoring.ts';
import { forgetAside, readAside, type Unreadable } from '../../lib/storage/keep-aside.ts';
import { mergeChanges, stampAfter, toPresent } from '../../lib/storage/merge-changes.ts';
import { getStorage, type StoreProblem } from '../../lib/storage/storage-access.ts';
import { watchKey } from '../storage/watch-key.ts';

/**
 * The reader's own answers in this tab: what is stored, merged with this tab's changes (kept in memory when a save
 * fails). Every change is read, merged, written; other tabs' writes arrive through `storage` events.
 */
export class AnswerKeeper {
  #changes: AnswerChanges = {};
  #onOutside: () => void;

  constructor(onOutside: () => void) {
    this.#onOutside = onOutside;
    this.#read();
    watchKey(storageKey, () => {
      this.#read();
      this.#onOutside();
    });
  }

  get answers(): Answers {
    return toPresent(this.#changes);
  }

  /** Why stored answers were kept aside, if any are: the stored key unreadable now, or a copy kept earlier. */
  get unreadable(): Unreadable | undefined {
    const stored = readStoredAnswers(getStorage());
    if (!stored.ok) return stored.reason;
    const aside = readAside(getStorage(), storageKey);
    if (aside === undefined) return undefined;
    const kept = parseStoredAnswers(aside);
    return kept.ok ? 'corrupt' : kept.reason;
  }

  /** The unreadable text, as it was stored, for the reader to download. */
  get unreadableText(): string | undefined {
    const stored = readStoredAnswers(getStorage());
    return stored.ok ? readAside(getStorage(), storageKey) : stored.text;
  }

  forgetUnreadable(): void {
    forgetAside(getStorage(), storageKey);
  }

  /** Gives (or, with undefined, clears) answers now; returns the problem when they could not be saved. */
  change(answers: Record<string, Answer | undefined>): StoreProblem | undefined {
    this.#read();
    const now = Date.now();
    const stamped: AnswerChanges = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { at: stampAfter(this.#changes, id, now), value }]));
    const saved = saveChanges(getStorage(), mergeChanges(this.#changes, stamped));
    this.#changes = mergeChanges(this.#changes, saved.changes);
    return saved.result.ok ? undefined : saved.result.problem;
  }

  #read(): void {
    const stored = readStoredAnswers(getStorage());
    if (stored.ok) this.#changes = mergeChanges(this.#changes, stored.changes);
  }
}
