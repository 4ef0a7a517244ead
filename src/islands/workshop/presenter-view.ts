import type { Translate } from '../../lib/translate.ts';
import type { RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { siteQrDrawnEvent } from '../site-qr/site-qr-event.ts';
import { part } from './dom.ts';
import { describeTally } from './presenter-bars.ts';
import { copyJoinCode, drawPresenter } from './presenter-screen.ts';

/**
 * The room as a projector shows it (PresenterView.astro): the join QR code large with the typed address, the count of
 * responses in large type, and one mistake at a time (→ ←, most at risk first: the "discuss first" order) or all of
 * them. Opened by its button or `?present` in the URL; Esc or its button leaves. Full screen where the browser allows it,
 * else the modal dialog alone covers the window. Changes are said politely; nothing is fetched, so it works offline.
 */
export class PresenterView {
  readonly #dialog: HTMLDialogElement | undefined;
  readonly #t: Translate;
  readonly #labels: ReadonlyMap<string, string>;
  #summary: RoomSummary | undefined;
  #step = 0;
  #all = false;

  constructor(root: HTMLElement, t: Translate, labels: ReadonlyMap<string, string>) {
    this.#dialog = part<HTMLDialogElement>(root, 'dialog[data-presenter]');
    this.#t = t;
    this.#labels = labels;
    part(root, '[data-action="present"]')?.addEventListener('click', () => this.open(true));
    this.#dialog?.addEventListener('click', (event) => this.#onClick(event));
    this.#dialog?.addEventListener('keydown', (event) => this.#onKey(event));
    this.#dialog?.addEventListener('close', () => void this.#leaveFullscreen());
    // Leaving full screen (the browser's own Esc, or its exit button) leaves the presenter view too, in one step.
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && this.#dialog?.open) this.#dialog.close();
    });
    // The invite's code is redrawn where the page is served from elsewhere: the copy here follows.
    document.addEventListener(siteQrDrawnEvent, () => this.#copyJoinCode());
  }

  /** Opens the view; `gesture`: called from a click, so full screen may be asked for (browsers refuse it otherwise). */
  open(gesture: boolean): void {
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    this.#copyJoinCode();
    this.#draw();
    dialog.showModal();
    if (gesture && document.fullscreenEnabled) {
      // Refused (an iframe, a policy, a browser without it): the dialog already covers the window.
      dialog.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
    }
  }

  /** Shows the room's latest figures; says a new count when the view is open. */
  update(summary: RoomSummary): void {
    const before = this.#summary?.responses;
    this.#summary = summary;
    this.#step = Math.min(this.#step, Math.max(0, summary.mistakes.length - 1));
    if (!this.#dialog?.open) return;
    this.#draw();
    if (before !== undefined && before !== summary.responses) this.#say(this.#t('workshop.room.count', { count: summary.responses }));
  }

  #onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-present]') : null;
    const actions: Record<string, () => void> = {
      previous: () => this.#go(-1),
      next: () => this.#go(1),
      all: () => this.#showAll(!this.#all),
      leave: () => this.#dialog?.close(),
    };
    actions[button?.dataset.present ?? '']?.();
  }

  #onKey(event: KeyboardEvent): void {
    // Arrows step only from the view itself or its buttons, never out of a control that uses them.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight') this.#go(1);
    else if (event.key === 'ArrowLeft') this.#go(-1);
    else return;
    event.preventDefault();
  }

  #go(delta: number): void {
    const count = this.#summary?.mistakes.length ?? 0;
    if (count === 0) return;
    const wasAll = this.#all;
    this.#all = false;
    this.#step = wasAll ? this.#step : Math.min(count - 1, Math.max(0, this.#step + delta));
    this.#draw();
    this.#sayStep();
  }

  #showAll(all: boolean): void {
    this.#all = all;
    this.#draw();
    if (all) this.#say(this.#t('workshop.room.presenter.allHeading'));
    else this.#sayStep();
  }

  #draw(): void {
    if (this.#dialog && this.#summary) drawPresenter(this.#dialog, { summary: this.#summary, step: this.#step, all: this.#all }, this.#labels, this.#t);
  }

  #sayStep(): void {
    const tally = this.#summary?.mistakes[this.#step];
    if (tally) this.#say(`${this.#labels.get(tally.mistake) ?? tally.mistake}: ${describeTally(tally, this.#t)}`);
  }

  #say(text: string): void {
    const region = this.#dialog && part(this.#dialog, '[data-presenter-announce]');
    if (region) region.textContent = text;
  }

  #copyJoinCode(): void {
    if (this.#dialog) copyJoinCode(this.#dialog);
  }

  async #leaveFullscreen(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  }
}
