import type { Translate } from '../../lib/translate.ts';
import { createRecentCodes } from '../../lib/workshop/recent-codes.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import { CameraProblemError, CameraScanner } from './camera-scanner.ts';
import { part } from './dom.ts';

/** What became of a scanned code: the status line to show, whether it joined the room, or the response held back. */
export interface ScanOutcome {
  text: string;
  added?: boolean;
  held?: RoomResponse;
}

/**
 * The camera part of the workshop island: start and stop buttons, the video, a status line that confirms each code
 * visually (the frame flashes; no sound), and a "Count it too" button for a code whose answers are already in the room.
 * A code seen in frame after frame is judged once (`createRecentCodes`).
 */
export class ScanPanel {
  readonly #root: HTMLElement;
  readonly #t: Translate;
  readonly #judge: (text: string) => ScanOutcome;
  readonly #scanner = new CameraScanner();
  readonly #recent = createRecentCodes();
  #flash = 0;
  /** The scanned response held back as already in the room, until the trainer counts it or the next code comes. */
  held: RoomResponse | undefined;

  constructor(root: HTMLElement, t: Translate, judge: (text: string) => ScanOutcome) {
    this.#root = root;
    this.#t = t;
    this.#judge = judge;
  }

  async start(scannerUrl: string): Promise<void> {
    const video = part<HTMLVideoElement>(this.#root, '[data-camera] video');
    const problem = part(this.#root, '[data-camera-problem]');
    if (!video || this.#scanner.running) return;
    if (problem) problem.hidden = true;
    this.#toggle(true);
    this.#status(this.#t('workshop.room.scan.starting'));
    try {
      await this.#scanner.start(video, scannerUrl, (text) => this.#onCode(text));
      this.#status(this.#t('workshop.room.scan.ready'));
    } catch (error) {
      this.#toggle(false);
      if (!problem) return;
      problem.textContent = this.#t(`workshop.room.camera.${error instanceof CameraProblemError ? error.problem : 'unavailable'}`);
      problem.hidden = false;
    }
  }

  stop(): void {
    this.#scanner.stop(part<HTMLVideoElement>(this.#root, '[data-camera] video'));
    this.#toggle(false);
  }

  /** Shows the camera and the stop button, or the scan button; the focus follows the button that replaces the other. */
  #toggle(on: boolean): void {
    const camera = part(this.#root, '[data-camera]');
    const scan = part(this.#root, '[data-action="scan"]');
    const stop = part(this.#root, '[data-action="stop"]');
    if (!camera || !scan || !stop || camera.hidden === !on) return;
    const hadFocus = document.activeElement === scan || document.activeElement === stop;
    [camera.hidden, scan.hidden, stop.hidden] = [!on, on, !on];
    if (hadFocus) (on ? stop : scan).focus();
  }

  #onCode(text: string): void {
    if (!this.#recent.isNew(text, performance.now())) return;
    const outcome = this.#judge(text);
    this.held = outcome.held;
    const hold = part(this.#root, '[data-scan-hold]');
    const button = part(this.#root, '[data-action="count-scan"]');
    if (hold) hold.hidden = !outcome.held;
    if (button) {
      button.textContent = this.#t('workshop.room.countAnyway');
      button.removeAttribute('aria-disabled');
    }
    this.#status(outcome.text, outcome.added);
  }

  #status(text: string, added = false): void {
    const status = part(this.#root, '[data-scan-status]');
    const camera = part(this.#root, '[data-camera]');
    if (status) status.textContent = text;
    clearTimeout(this.#flash);
    camera?.classList.toggle('workshop__camera--added', added);
    if (added) this.#flash = window.setTimeout(() => camera?.classList.remove('workshop__camera--added'), 1500);
  }
}
