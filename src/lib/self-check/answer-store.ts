import { isAnswer, type Answer, type Answers } from './scoring.ts';

/** localStorage key of the reader's answers, shared by the self-check page and the questions on mistake pages. */
export const storageKey = 'kb-self-check';
/** Stored data above this size is not ours (or is broken): it is ignored rather than parsed. */
const maxStoredLength = 20_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Returns localStorage, or undefined where reading it throws (disabled storage, sandboxed frames). */
export function getStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // The self-check still works; answers just do not survive a reload.
  }
}

/** Keeps the entries of a parsed value that are question ids with a known answer. */
export function toAnswers(value: unknown): Answers {
  const answers: Record<string, Answer> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return answers;
  for (const [id, answer] of Object.entries(value)) {
    if (/^q-[0-9]+-[0-9]+$/.test(id) && isAnswer(answer)) answers[id] = answer;
  }
  return answers;
}

/** Reads the stored answers; missing, corrupt or foreign data reads as no answers, never as an error. */
export function loadAnswers(storage: StorageLike | undefined): Answers {
  try {
    const text = storage?.getItem(storageKey);
    if (!text || text.length > maxStoredLength) return {};
    const parsed: unknown = JSON.parse(text);
    return toAnswers(typeof parsed === 'object' && parsed !== null && 'answers' in parsed ? parsed.answers : undefined);
  } catch {
    return {}; // Unparsable JSON or a storage that throws on read: start afresh.
  }
}

/** Stores the answers; returns false when the storage refuses (full, disabled). */
export function saveAnswers(storage: StorageLike | undefined, answers: Answers): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify({ version: 1, answers }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the stored answers. */
export function clearAnswers(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // Nothing stored can be read back either, so there is nothing left to forget.
  }
}
