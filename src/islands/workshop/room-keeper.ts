import { roomStore, clearRoom, type HeldInfo, type RoomEntry } from '../../lib/workshop/room-store.ts';
import { newResponseId, toAdded, toChangeOf, toRoomContents, type RoomContents } from '../../lib/workshop/room-entries.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import type { StoreProblem } from '../../lib/storage/storage-access.ts';
import type { Unreadable } from '../../lib/storage/keep-aside.ts';
import { KeptStore } from '../storage/kept-store.ts';
import { downloadText, toKeptFileName } from '../storage/download-text.ts';

/**
 * The room as this tab holds it: responses by id, merged on write with what other tabs stored (see docs/storage.md).
 * Each method returns why the storage refused the change, if it did: the change then lives on in this tab's memory.
 */
export class RoomKeeper {
  #store: KeptStore<RoomEntry>;
  #questionIds: readonly string[];
  #locales: readonly string[];

  constructor(questionIds: readonly string[], locales: readonly string[], onOutside: () => void) {
    this.#questionIds = questionIds;
    this.#locales = locales;
    this.#store = new KeptStore(roomStore, onOutside);
  }

  get contents(): RoomContents {
    return toRoomContents(this.#store.changes, this.#questionIds, this.#locales);
  }

  /** Adds responses, counted or held back; returns their new ids (in order) and the storage's refusal, if any. */
  add(responses: readonly { response: RoomResponse; held?: HeldInfo }[]): { ids: string[]; problem: StoreProblem | undefined } {
    const now = Date.now();
    const entries = responses.map((entry) => ({ ...entry, id: newResponseId(now, crypto.getRandomValues(new Uint32Array(2))) }));
    return { ids: entries.map(({ id }) => id), problem: this.#store.apply(toAdded(entries, now)) };
  }

  /** Counts a held response (it keeps its place in the room); one removed meanwhile in another tab stays removed. */
  count(id: string): StoreProblem | undefined {
    return this.#store.apply(toChangeOf(this.#store.changes, id, 'count', Date.now()));
  }

  remove(id: string): StoreProblem | undefined {
    return this.#store.apply(toChangeOf(this.#store.changes, id, 'remove', Date.now()));
  }

  /** A new room: forgets every response (unreadable data kept aside stays aside). */
  clear(): StoreProblem | undefined {
    return this.#store.clear(clearRoom);
  }

  get unreadable(): Unreadable | undefined {
    return this.#store.unreadable;
  }

  downloadUnreadable(): void {
    const text = this.#store.unreadableText;
    if (text !== undefined) downloadText(toKeptFileName(roomStore.key), text);
  }

  forgetUnreadable(): void {
    this.#store.forgetUnreadable();
  }
}
