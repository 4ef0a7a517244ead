import { locales } from '../../lib/locales.ts';
import { readIslandJson, readIslandLanguage } from '../island-data.ts';
import { aggregateRoom } from '../../lib/workshop/aggregate-room.ts';
import { classifyLink, classifyResponses, type ClassifyContext } from '../../lib/workshop/classify-responses.ts';
import { toHeldEntries, type HeldResponse, type KeptResponse } from '../../lib/workshop/room-entries.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import type { StoreProblem } from '../../lib/storage/storage-access.ts';
import { announce, part, showNotice } from './dom.ts';
import { renderHeld } from './held-view.ts';
import { renderPasteReport } from './paste-report.ts';
import { PresenterView } from './presenter-view.ts';
import { RoomKeeper } from './room-keeper.ts';
import { downloadRoomCsv, printRoomSummary } from './room-export.ts';
import { renderRoom, type RoomViewContext } from './room-view.ts';
import { ScanPanel, type ScanOutcome } from './scan-panel.ts';

/**
 * `<kb-workshop>`: the trainer's room. Collects share links by camera (continuous QR scanning) or paste, keeps them in
 * localStorage (in memory when storage fails), and shows the room at a glance: count, chart, tables, what to discuss
 * first, the responses with remove buttons; exports CSV, prints the summary and starts a new room after asking.
 */
class WorkshopElement extends HTMLElement {
  #context: RoomViewContext | undefined;
  #keeper: RoomKeeper | undefined;
  #responses: KeptResponse[] = [];
  /** The stored ids of the last paste report's held lines, by their `data-held` index. */
  #reportHeld: string[] = [];
  #scan: ScanPanel | undefined;
  #presenter: PresenterView | undefined;
  #storageProblem = '';

  connectedCallback(): void {
    if (this.#context) return;
    const { t } = readIslandLanguage(this);
    this.#context = { ...readIslandJson<Omit<RoomViewContext, 't'>>(this.dataset.room, { questions: [], mistakes: [], languages: {} }), t };
    this.#scan = new ScanPanel(this, t, (text) => this.#judge(text));
    this.#presenter = new PresenterView(this, t, new Map(this.#context.mistakes.map((mistake) => [mistake.slug, mistake.label])));
    // Another tab changed the room: show what is stored now.
    this.#keeper = new RoomKeeper(this.#classify.questionIds, locales, () => this.#render());
    const { dropped } = this.#keeper.contents;
    if (dropped > 0) showNotice(this, '[data-storage]', t('workshop.room.storage.dropped', { count: dropped }));
    this.addEventListener('click', (event) => this.#onClick(event));
    addEventListener('pagehide', () => this.#scan?.stop());
    const room = part(this, '[data-room-view]');
    if (room) room.hidden = false;
    this.#render();
    if (new URLSearchParams(location.search).has('present')) this.#presenter.open(false);
  }

  get #classify(): ClassifyContext {
    const site = { hosts: [...(this.#context?.site?.hosts ?? []), location.host], base: this.#context?.site?.base ?? '/' };
    return { questionIds: this.#context?.questions.map((question) => question.id) ?? [], locales, room: this.#responses, site };
  }

  #t(key: string, values?: Record<string, string | number>): string {
    return this.#context?.t(key, values) ?? key;
  }

  #onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const dialog = part<HTMLDialogElement>(this, 'dialog[data-confirm]');
    const actions: Record<string, () => void> = {
      scan: () => void this.#scan?.start(this.dataset.scanner ?? ''),
      stop: () => this.#scan?.stop(),
      paste: () => this.#paste(),
      'count-held': () => this.#count(button, this.#reportHeld[Number(button.dataset.held)]),
      'count-kept': () => this.#count(button, button.dataset.id),
      'remove-held': () => this.#removeHeld(button.dataset.id ?? ''),
      'count-scan': () => this.#confirm(button, this.#scan?.held),
      remove: () => this.#remove(Number(button.dataset.index)),
      'download-kept': () => this.#keeper?.downloadUnreadable(),
      'forget-kept': () => {
        this.#keeper?.forgetUnreadable();
        this.#render();
      },
      export: () => this.#context && downloadRoomCsv(aggregateRoom(this.#context.questions, this.#responses), this.#responses, this.#context, this.#context.t),
      print: () => printRoomSummary(),
      'new-room': () => dialog?.showModal(),
      keep: () => dialog?.close(),
      clear: () => this.#clear(dialog),
    };
    actions[button.dataset.action ?? '']?.();
  }

  #paste(): void {
    const field = part<HTMLTextAreaElement>(this, '[data-paste]');
    const report = part(this, '[data-report]');
    if (!field || !report || !this.#context) return;
    if (field.value.trim() === '') {
      report.textContent = this.#t('workshop.room.pasteEmpty');
      report.hidden = false;
      return;
    }
    const result = classifyResponses(field.value, this.#classify);
    renderPasteReport(report, result, this.#context.t);
    field.value = '';
    // Held lines are kept too, in the report's order, so its "Count line N too" buttons name them by index.
    const held = toHeldEntries(result.rejected);
    const accepted = result.accepted.map(({ response }) => ({ response }));
    this.#reportHeld = this.#add([...accepted, ...held]).slice(accepted.length);
    this.#render(); // now that the list knows which held lines the report offers
  }

  /** Counts a held line (by its stored id) after all, once: the button then says so and does nothing more. */
  #count(button: HTMLButtonElement, id: string | undefined): void {
    if (!id || !this.#keeper) return;
    button.textContent = this.#t('workshop.room.counted');
    button.setAttribute('aria-disabled', 'true');
    const total = this.#responses.length;
    this.#save(this.#keeper.count(id));
    announce(this, this.#t('workshop.room.announce.added', { count: this.#responses.length - total, total: this.#responses.length }));
  }

  #removeHeld(id: string): void {
    if (!this.#keeper) return;
    this.#save(this.#keeper.remove(id));
    announce(this, this.#t('workshop.room.announce.heldRemoved'));
    part(this, '[data-action="count-kept"]')?.focus();
  }

  /** Counts a scanned response held back after all, once: the button then says so and does nothing more (and keeps the focus). */
  #confirm(button: HTMLButtonElement, response: RoomResponse | undefined): void {
    if (!response) return;
    button.textContent = this.#t('workshop.room.counted');
    button.setAttribute('aria-disabled', 'true');
    this.#add([{ response }]);
  }

  /** Adds responses (counted, or held with why) to the room; returns their stored ids. */
  #add(responses: { response: RoomResponse; held?: HeldResponse['held'] }[], spoken = true): string[] {
    if (!this.#keeper) return [];
    const { ids, problem } = this.#keeper.add(responses);
    this.#save(problem);
    const count = responses.filter(({ held }) => !held).length;
    if (spoken) announce(this, this.#t('workshop.room.announce.added', { count, total: this.#responses.length }));
    return ids;
  }

  #remove(index: number): void {
    const response = this.#responses[index];
    if (!response || !this.#keeper) return;
    this.#save(this.#keeper.remove(response.id));
    announce(this, this.#t('workshop.room.announce.removed', { total: this.#responses.length }));
    // Keyboard users stay in the list: on the response that took this one's place, else the one before, else the count.
    const next = part(this, `[data-action="remove"][data-index="${Math.min(index, this.#responses.length - 1)}"]`) ?? part(this, '[data-room-count]');
    next?.focus();
  }

  #clear(dialog: HTMLDialogElement | undefined): void {
    this.#reportHeld = [];
    part(this, '[data-report]')?.setAttribute('hidden', '');
    this.#save(this.#keeper?.clear());
    dialog?.close();
    announce(this, this.#t('workshop.room.announce.cleared'));
  }

  /** Records a storage outcome and shows the room; a failure is said once, and the room lives on in memory. */
  #save(refused: StoreProblem | undefined): void {
    const problem = refused ? this.#t(`workshop.room.storage.${refused}`) : '';
    if (problem !== this.#storageProblem) showNotice(this, '[data-storage]', problem);
    this.#storageProblem = problem;
    this.#render();
  }

  /** Shows the room as this tab holds it now (after its own change, or another tab's). */
  #render(): void {
    if (!this.#context || !this.#keeper) return;
    const { responses, held } = this.#keeper.contents;
    this.#responses = responses;
    const summary = aggregateRoom(this.#context.questions, responses);
    renderRoom(this, summary, responses, this.#context);
    this.#presenter?.update(summary);
    // Lines of the last paste are offered in its report; the list keeps those of earlier pastes (and after a reload).
    renderHeld(
      this,
      held.filter(({ id }) => !this.#reportHeld.includes(id)),
      this.#context.t,
    );
    const unreadable = this.#keeper.unreadable;
    showNotice(
      this,
      '[data-kept-text]',
      unreadable ? this.#t('workshop.room.storage.unreadable', { reason: this.#t(`workshop.room.storage.reason.${unreadable}`) }) : '',
    );
    const kept = part(this, '[data-kept-room]');
    if (kept) kept.hidden = !unreadable;
  }

  /** Judges a scanned code: new answers join the room, answers already in it wait for the trainer's word. */
  #judge(text: string): ScanOutcome {
    const verdict = classifyLink(text, this.#classify);
    if (!verdict.ok) return { text: this.#t('workshop.room.scan.rejected', { reason: this.#t(`workshop.room.reason.${verdict.reason}`) }) };
    if (verdict.otherSite) return { text: this.#t('workshop.room.scan.otherSite', { site: verdict.otherSite }), held: verdict.response };
    if (this.#responses.some((response) => response.code === verdict.response.code))
      return { text: this.#t('workshop.room.scan.inRoom'), held: verdict.response };
    this.#add([{ response: verdict.response }], false); // The scan's status line is the announcement.
    return { text: this.#t('workshop.room.scan.added', { number: this.#responses.length }), added: true };
  }
}

if (!customElements.get('kb-workshop')) customElements.define('kb-workshop', WorkshopElement);
