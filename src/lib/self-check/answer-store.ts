import { keepAside, type Unreadable } from '../storage/keep-aside.ts';
import { mergeChanges, toChange, toPresent, type Change, type Changes } from '../storage/merge-changes.ts';
import { attempt, readItem, type StorageLike, type StoreResult } from '../storage/storage-access.ts';
import { isAnswer, type Answer, type Answers } from './scoring.ts';

export { getStorage } from '../storage/storage-access.ts';

/** localStorage key of the reader's answers, shared by the self-check page and the questions on mistake pages. */
export const storageKey = 'kb-self-check';
/**
 * Version 2 keeps, per question, the answer and the time it was given or cleared:
 * `{"version":2,"answers":{"q-1-1":{"at":1767225600000,"value":"yes"},"q-1-2":{"at":1767225600001}}}`.
 * Version 1 (`{"version":1,"answers":{"q-1-1":"yes"}}`) is read as changes made at time 0, older than any new one.
 */
const version = 2;
/** Seven mistakes' answers take about 1 KB; far more is not ours (or is broken) and is kept aside unparsed. */
const maxStoredLength = 20_000;
const questionId = /^q-[0-9]+-[0-9]+$/;

export type AnswerChanges = Changes<Answer>;
/** What is stored: the reader's answers as changes, or text this version cannot read (kept aside before any write). */
export type StoredAnswers = { ok: true; changes: AnswerChanges } | { ok: false; reason: Unreadable; text: string };

/** Keeps the entries of a parsed value that are question ids with a known answer. */
export function toAnswers(value: unknown): Answers {
  const answers: Record<string, Answer> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return answers;
  for (const [id, answer] of Object.entries(value)) {
    if (questionId.test(id) && isAnswer(answer)) answers[id] = answer;
  }
  return answers;
}

/** Reads the stored answers; nothing stored (or no storage) reads as no answers, anything unreadable says why. */
export function readStoredAnswers(storage: StorageLike | undefined): StoredAnswers {
  const text = readItem(storage, storageKey);
  return text === null || text === undefined ? { ok: true, changes: {} } : parseStoredAnswers(text);
}

/** Reads stored text: versions 1 and 2 as changes; damaged, newer or oversized text as unreadable, with the reason. */
export function parseStoredAnswers(text: string): StoredAnswers {
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
  if (!('answers' in parsed)) return { ok: false, reason: 'corrupt', text };
  const { answers } = parsed;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { ok: false, reason: 'corrupt', text };
  if (parsed.version === 1) return { ok: true, changes: Object.fromEntries(Object.entries(toAnswers(answers)).map(([id, value]) => [id, { at: 0, value }])) };
  if (parsed.version !== version) return { ok: false, reason: 'corrupt', text };
  const changes: Record<string, Change<Answer>> = {};
  for (const [id, entry] of Object.entries(answers)) {
    const change = questionId.test(id) ? toChange(entry, isAnswer) : undefined;
    if (change) changes[id] = change;
  }
  return { ok: true, changes };
}

/** The reader's own answers: those stored, none when what is stored cannot be read. */
export function loadAnswers(storage: StorageLike | undefined): Answers {
  const stored = readStoredAnswers(storage);
  return stored.ok ? toPresent(stored.changes) : {};
}

/**
 * Merges `changes` into what is stored and writes the result (read, merge, write: a tab never writes back what another
 * tab changed since). Unreadable stored data is kept aside first; if it cannot be, nothing is written over it.
 * Returns the merged changes (what this tab should show) and how the write went.
 */
export function saveChanges(storage: StorageLike | undefined, changes: AnswerChanges): { changes: AnswerChanges; result: StoreResult } {
  const stored = readStoredAnswers(storage);
  if (!stored.ok) {
    const kept = keepAside(storage, storageKey, stored.text);
    if (!kept.ok) return { changes, result: kept };
  }
  const merged = mergeChanges(stored.ok ? stored.changes : {}, changes);
  return { changes: merged, result: attempt(storage, (present) => present.setItem(storageKey, JSON.stringify({ version, answers: merged }))) };
}

/** The answer store's functions, for the island's `KeptStore`. */
export const answerStore = { key: storageKey, read: readStoredAnswers, parse: parseStoredAnswers, save: saveChanges };
