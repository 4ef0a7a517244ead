import { locales } from '../../lib/locales.ts';
import { aggregateRoom } from '../../lib/workshop/aggregate-room.ts';
import type { HeldResponse, KeptResponse } from '../../lib/workshop/room-entries.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import type { StoreProblem } from '../../lib/storage/storage-access.ts';
import type { Translate } from '../../lib/translate.ts';
import { announce, part, showNotice } from './dom.ts';
import { renderHeld } from './held-view.ts';
import type { PresenterView } from './presenter-view.ts';
import { RoomKeeper } from './room-keeper.ts';
import { renderKeptAside, renderRoom, type RoomViewContext } from './room-view.ts';

/**
 * The room on the trainer's page: each change is stored (RoomKeeper, merged with other tabs), said in the live region
 * and shown (the room, the presenter view, the held lines, the unreadable room kept aside). A refused save is said once,
 * and the room lives on in this tab's memory.
 */
export class RoomController {
  readonly #root: HTMLElement;
  readonly #context: RoomViewContext;
  readonly #presenter: PresenterView;
  readonly #t: Translate;
  readonly #keeper: RoomKeeper;
  #responses: KeptResponse[] = [];
  /** The stored ids of the last paste report's held lines, by their `data-held` index. */
  #reportHeld: string[] = [];
  #storageProblem = '';

  constructor(root: HTMLElement, context: RoomViewContext, presenter: PresenterView) {
    this.#root = root;
    this.#context = context;
    this.#presenter = presenter;
    this.#t = context.t;
    const questionIds = context.questions.map((question) => question.id);
    // Another tab changed the room: show what is stored now.
    this.#keeper = new RoomKeeper(questionIds, locales, () => this.render());
    const { dropped } = this.#keeper.contents;
    if (dropped > 0) showNotice(root, '[data-storage]', this.#t('workshop.room.storage.dropped', { count: dropped }));
  }

  /** The counted responses, as last shown. */
  get responses(): readonly KeptResponse[] {
    return this.#responses;
  }

  /** Adds responses (counted, or held with why) to the room; returns their stored ids. */
  add(responses: { response: RoomResponse; held?: HeldResponse['held'] }[], spoken = true): string[] {
    const { ids, problem } = this.#keeper.add(responses);
    this.#save(problem);
    const count = responses.filter(({ held }) => !held).length;
    if (spoken) announce(this.#root, this.#t('workshop.room.announce.added', { count, total: this.#responses.length }));
    return ids;
  }

  /** Adds a paste's lines: the held ones are kept too, in the report's order, so its "Count line N too" buttons name them by index. */
  addPasted(accepted: { response: RoomResponse }[], held: { response: RoomResponse; held: HeldResponse['held'] }[]): void {
    this.#reportHeld = this.add([...accepted, ...held]).slice(accepted.length);
    this.render(); // now that the list knows which held lines the report offers
  }

  /** Counts a held line (by its stored id) after all, once: the button then says so and does nothing more. */
  count(button: HTMLButtonElement, id: string | undefined): void {
    if (!id) return;
    this.#markCounted(button);
    const total = this.#responses.length;
    this.#save(this.#keeper.count(id));
    announce(this.#root, this.#t('workshop.room.announce.added', { count: this.#responses.length - total, total: this.#responses.length }));
  }

  /** Counts the held line the last paste report lists at `index` (its button's `data-held`). */
  countReportLine(button: HTMLButtonElement, index: number): void {
    this.count(button, this.#reportHeld[index]);
  }

  /** Counts a scanned response held back after all, once: the button then says so and does nothing more (and keeps the focus). */
  countScanned(button: HTMLButtonElement, response: RoomResponse | undefined): void {
    if (!response) return;
    this.#markCounted(button);
    this.add([{ response }]);
  }

  #markCounted(button: HTMLButtonElement): void {
    button.textContent = this.#t('workshop.room.counted');
    button.setAttribute('aria-disabled', 'true');
  }

  /** Removes a held line (by its stored id) without counting it; the focus goes to the first held line left. */
  removeHeld(id: string): void {
    this.#save(this.#keeper.remove(id));
    announce(this.#root, this.#t('workshop.room.announce.heldRemoved'));
    part(this.#root, '[data-action="count-kept"]')?.focus();
  }

  /** Removes a counted response, by its place in the list. */
  remove(index: number): void {
    const response = this.#responses[index];
    if (!response) return;
    this.#save(this.#keeper.remove(response.id));
    announce(this.#root, this.#t('workshop.room.announce.removed', { total: this.#responses.length }));
    // Keyboard users stay in the list: on the response that took this one's place, else the one before, else the count.
    const next =
      part(this.#root, `[data-action="remove"][data-index="${Math.min(index, this.#responses.length - 1)}"]`) ?? part(this.#root, '[data-room-count]');
    next?.focus();
  }

  /** A new room, after the trainer confirmed it in `dialog`. */
  clear(dialog: HTMLDialogElement | undefined): void {
    this.#reportHeld = [];
    part(this.#root, '[data-report]')?.setAttribute('hidden', '');
    this.#save(this.#keeper.clear());
    dialog?.close();
    announce(this.#root, this.#t('workshop.room.announce.cleared'));
  }

  /** Downloads the room kept aside as unreadable, exactly as it was stored. */
  downloadKept(): void {
    this.#keeper.downloadUnreadable();
  }

  /** Deletes the room kept aside, when the trainer asks to. */
  forgetKept(): void {
    this.#keeper.forgetUnreadable();
    this.render();
  }

  /** Records a storage outcome and shows the room; a failure is said once, and the room lives on in memory. */
  #save(refused: StoreProblem | undefined): void {
    const problem = refused ? this.#t(`workshop.room.storage.${refused}`) : '';
    if (problem !== this.#storageProblem) showNotice(this.#root, '[data-storage]', problem);
    this.#storageProblem = problem;
    this.render();
  }

  /** Shows the room as this tab holds it now (after its own change, or another tab's). */
  render(): void {
    const { responses, held } = this.#keeper.contents;
    this.#responses = responses;
    const summary = aggregateRoom(this.#context.questions, responses);
    renderRoom(this.#root, summary, responses, this.#context);
    this.#presenter.update(summary);
    // Lines of the last paste are offered in its report; the list keeps those of earlier pastes (and after a reload).
    renderHeld(
      this.#root,
      held.filter(({ id }) => !this.#reportHeld.includes(id)),
      this.#t,
    );
    renderKeptAside(this.#root, this.#keeper.unreadable, this.#t);
  }
}
