import { locales } from '../../lib/locales.ts';
import { readIslandJson, readIslandLanguage } from '../island-data.ts';
import { aggregateRoom } from '../../lib/workshop/aggregate-room.ts';
import { classifyLink, classifyResponses, type ClassifyContext } from '../../lib/workshop/classify-responses.ts';
import { toHeldEntries } from '../../lib/workshop/room-entries.ts';
import { part } from './dom.ts';
import { renderPasteReport } from './paste-report.ts';
import { PresenterView } from './presenter-view.ts';
import { RoomController } from './room-controller.ts';
import { downloadRoomCsv, printRoomSummary } from './room-export.ts';
import type { RoomViewContext } from './room-view.ts';
import { ScanPanel, type ScanOutcome } from './scan-panel.ts';

/**
 * `<kb-workshop>`: the trainer's room. Collects share links by camera (continuous QR scanning) or paste, keeps them in
 * localStorage (in memory when storage fails), and shows the room at a glance: count, chart, tables, what to discuss
 * first, the responses with remove buttons; exports CSV, prints the summary and starts a new room after asking.
 * The responses arrive here; the room's changes and what the page shows of it are RoomController's.
 */
class WorkshopElement extends HTMLElement {
  #context: RoomViewContext | undefined;
  #room: RoomController | undefined;
  #scan: ScanPanel | undefined;

  connectedCallback(): void {
    if (this.#context) return;
    const { t } = readIslandLanguage(this);
    this.#context = { ...readIslandJson<Omit<RoomViewContext, 't'>>(this.dataset.room, { questions: [], mistakes: [], languages: {} }), t };
    this.#scan = new ScanPanel(this, t, (text) => this.#judge(text));
    const presenter = new PresenterView(this, t, new Map(this.#context.mistakes.map((mistake) => [mistake.slug, mistake.label])));
    this.#room = new RoomController(this, this.#context, presenter);
    this.addEventListener('click', (event) => this.#onClick(event));
    addEventListener('pagehide', () => this.#scan?.stop());
    const room = part(this, '[data-room-view]');
    if (room) room.hidden = false;
    this.#room.render();
    if (new URLSearchParams(location.search).has('present')) presenter.open(false);
  }

  get #classify(): ClassifyContext {
    const site = { hosts: [...(this.#context?.site?.hosts ?? []), location.host], base: this.#context?.site?.base ?? '/' };
    return { questionIds: this.#context?.questions.map((question) => question.id) ?? [], locales, room: this.#room?.responses ?? [], site };
  }

  #t(key: string, values?: Record<string, string | number>): string {
    return this.#context?.t(key, values) ?? key;
  }

  #onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    const room = this.#room;
    const context = this.#context;
    if (!button || button.getAttribute('aria-disabled') === 'true' || !room || !context) return;
    const dialog = part<HTMLDialogElement>(this, 'dialog[data-confirm]');
    const actions: Record<string, () => void> = {
      scan: () => void this.#scan?.start(this.dataset.scanner ?? ''),
      stop: () => this.#scan?.stop(),
      paste: () => this.#paste(),
      'count-held': () => room.countReportLine(button, Number(button.dataset.held)),
      'count-kept': () => room.count(button, button.dataset.id),
      'remove-held': () => room.removeHeld(button.dataset.id ?? ''),
      'count-scan': () => room.countScanned(button, this.#scan?.held),
      remove: () => room.remove(Number(button.dataset.index)),
      'download-kept': () => room.downloadKept(),
      'forget-kept': () => room.forgetKept(),
      export: () => downloadRoomCsv(aggregateRoom(context.questions, room.responses), room.responses, context, context.t),
      print: () => printRoomSummary(),
      'new-room': () => dialog?.showModal(),
      keep: () => dialog?.close(),
      clear: () => room.clear(dialog),
    };
    actions[button.dataset.action ?? '']?.();
  }

  #paste(): void {
    const field = part<HTMLTextAreaElement>(this, '[data-paste]');
    const report = part(this, '[data-report]');
    if (!field || !report || !this.#context || !this.#room) return;
    if (field.value.trim() === '') {
      report.textContent = this.#t('workshop.room.pasteEmpty');
      report.hidden = false;
      return;
    }
    const result = classifyResponses(field.value, this.#classify);
    renderPasteReport(report, result, this.#context.t);
    field.value = '';
    this.#room.addPasted(
      result.accepted.map(({ response }) => ({ response })),
      toHeldEntries(result.rejected),
    );
  }

  /** Judges a scanned code: new answers join the room, answers already in it wait for the trainer's word. */
  #judge(text: string): ScanOutcome {
    const verdict = classifyLink(text, this.#classify);
    if (!verdict.ok) return { text: this.#t('workshop.room.scan.rejected', { reason: this.#t(`workshop.room.reason.${verdict.reason}`) }) };
    if (verdict.otherSite) return { text: this.#t('workshop.room.scan.otherSite', { site: verdict.otherSite }), held: verdict.response };
    if (this.#room?.responses.some((response) => response.code === verdict.response.code))
      return { text: this.#t('workshop.room.scan.inRoom'), held: verdict.response };
    this.#room?.add([{ response: verdict.response }], false); // The scan's status line is the announcement.
    return { text: this.#t('workshop.room.scan.added', { number: this.#room?.responses.length ?? 0 }), added: true };
  }
}

if (!customElements.get('kb-workshop')) customElements.define('kb-workshop', WorkshopElement);
