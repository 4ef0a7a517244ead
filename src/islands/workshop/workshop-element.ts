import { getStorage } from '../../lib/self-check/answer-store.ts';
import { locales } from '../../lib/locales.ts';
import { readIslandJson, readIslandLanguage } from '../island-data.ts';
import { aggregateRoom } from '../../lib/workshop/aggregate-room.ts';
import { classifyLink, classifyResponses, type ClassifyContext } from '../../lib/workshop/classify-responses.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import { clearRoom, loadRoom, saveRoom, type StoreResult } from '../../lib/workshop/room-store.ts';
import { announce, part, showNotice } from './dom.ts';
import { renderPasteReport } from './paste-report.ts';
import { PresenterView } from './presenter-view.ts';
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
  #responses: RoomResponse[] = [];
  /** Responses of the last paste held back as the same answers as another: counted only if the trainer says so. */
  #held: RoomResponse[] = [];
  #scan: ScanPanel | undefined;
  #presenter: PresenterView | undefined;
  #storageProblem = '';

  connectedCallback(): void {
    if (this.#context) return;
    const { t } = readIslandLanguage(this);
    this.#context = { ...readIslandJson<Omit<RoomViewContext, 't'>>(this.dataset.room, { questions: [], mistakes: [], languages: {} }), t };
    this.#scan = new ScanPanel(this, t, (text) => this.#judge(text));
    this.#presenter = new PresenterView(this, t, new Map(this.#context.mistakes.map((mistake) => [mistake.slug, mistake.label])));
    const loaded = loadRoom(getStorage(), this.#classify.questionIds, locales);
    this.#responses = loaded.responses;
    if (loaded.dropped > 0) showNotice(this, '[data-storage]', t('workshop.room.storage.dropped', { count: loaded.dropped }));
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
      'count-held': () => this.#confirm(button, this.#held[Number(button.dataset.held)]),
      'count-scan': () => this.#confirm(button, this.#scan?.held),
      remove: () => this.#remove(Number(button.dataset.index)),
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
    this.#held = renderPasteReport(report, result, this.#context.t);
    field.value = '';
    this.#add(result.accepted.map(({ response }) => response));
  }

  /** Counts a held response after all, once: the button then says so and does nothing more (and keeps the focus). */
  #confirm(button: HTMLButtonElement, response: RoomResponse | undefined): void {
    if (!response) return;
    button.textContent = this.#t('workshop.room.counted');
    button.setAttribute('aria-disabled', 'true');
    this.#add([response]);
  }

  #add(responses: RoomResponse[], spoken = true): void {
    this.#responses = [...this.#responses, ...responses];
    this.#save(saveRoom(getStorage(), this.#responses));
    if (spoken) announce(this, this.#t('workshop.room.announce.added', { count: responses.length, total: this.#responses.length }));
  }

  #remove(index: number): void {
    if (!this.#responses[index]) return;
    this.#responses = this.#responses.filter((_, position) => position !== index);
    this.#save(saveRoom(getStorage(), this.#responses));
    announce(this, this.#t('workshop.room.announce.removed', { total: this.#responses.length }));
    // Keyboard users stay in the list: on the response that took this one's place, else the one before, else the count.
    const next = part(this, `[data-action="remove"][data-index="${Math.min(index, this.#responses.length - 1)}"]`) ?? part(this, '[data-room-count]');
    next?.focus();
  }

  #clear(dialog: HTMLDialogElement | undefined): void {
    this.#responses = [];
    this.#held = [];
    part(this, '[data-report]')?.setAttribute('hidden', '');
    this.#save(clearRoom(getStorage()));
    dialog?.close();
    announce(this, this.#t('workshop.room.announce.cleared'));
  }

  /** Records a storage outcome and shows the room; a failure is said once, and the room lives on in memory. */
  #save(result: StoreResult): void {
    const problem = result.ok ? '' : this.#t(`workshop.room.storage.${result.problem}`);
    if (problem !== this.#storageProblem) showNotice(this, '[data-storage]', problem);
    this.#storageProblem = problem;
    this.#render();
  }

  #render(): void {
    if (!this.#context) return;
    const summary = aggregateRoom(this.#context.questions, this.#responses);
    renderRoom(this, summary, this.#responses, this.#context);
    this.#presenter?.update(summary);
  }

  /** Judges a scanned code: new answers join the room, answers already in it wait for the trainer's word. */
  #judge(text: string): ScanOutcome {
    const verdict = classifyLink(text, this.#classify);
    if (!verdict.ok) return { text: this.#t('workshop.room.scan.rejected', { reason: this.#t(`workshop.room.reason.${verdict.reason}`) }) };
    if (verdict.otherSite) return { text: this.#t('workshop.room.scan.otherSite', { site: verdict.otherSite }), held: verdict.response };
    if (this.#responses.some((response) => response.code === verdict.response.code)) return { text: this.#t('workshop.room.scan.inRoom'), held: verdict.response };
    this.#add([verdict.response], false); // The scan's status line is the announcement.
    return { text: this.#t('workshop.room.scan.added', { number: this.#responses.length }), added: true };
  }
}

if (!customElements.get('kb-workshop')) customElements.define('kb-workshop', WorkshopElement);
