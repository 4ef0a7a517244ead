import type { Translate } from '../../lib/translate.ts';
import type { RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { part } from './dom.ts';
import { renderAllMistakes, renderOneMistake, toLegend } from './presenter-bars.ts';

/** What the presenter view shows: the room's figures, and either one mistake (`step`, in discuss-first order) or `all`. */
export interface PresenterState {
  summary: RoomSummary;
  step: number;
  all: boolean;
}

/** Fills the presenter view's dialog (PresenterView.astro): the count, the heading and step line, and the bars. */
export function drawPresenter(dialog: HTMLDialogElement, { summary, step, all }: PresenterState, labels: ReadonlyMap<string, string>, t: Translate): void {
  const set = (selector: string, text: string) => {
    const element = part(dialog, selector);
    if (element) element.textContent = text;
  };
  set('[data-presenter-count]', t('workshop.room.count', { count: summary.responses }));
  part(dialog, '[data-present="all"]')?.setAttribute('aria-pressed', String(all));
  const bars = part(dialog, '[data-presenter-bars]');
  const tally = summary.mistakes[step];
  if (!bars) return;
  if (summary.responses === 0 || !tally) {
    set('[data-presenter-heading]', t('workshop.room.presenter.allHeading'));
    set('[data-presenter-step]', t('workshop.room.presenter.empty'));
    bars.replaceChildren();
  } else if (all) {
    set('[data-presenter-heading]', t('workshop.room.presenter.allHeading'));
    set('[data-presenter-step]', '');
    renderAllMistakes(bars, summary, labels, t);
    bars.append(toLegend(t));
  } else {
    set('[data-presenter-heading]', labels.get(tally.mistake) ?? tally.mistake);
    set('[data-presenter-step]', t('workshop.room.presenter.step', { position: step + 1, total: summary.mistakes.length }));
    renderOneMistake(bars, tally, t);
  }
}

/** Copies the join code and address into the dialog as the invite shows them now (drawn for the built address, or redrawn for this one). */
export function copyJoinCode(dialog: HTMLDialogElement): void {
  const code = document.querySelector('.workshop-invite [data-site-code] svg');
  const address = document.querySelector('.workshop-invite [data-site-address="short"]');
  if (!code) return;
  part(dialog, '[data-presenter-code]')?.replaceChildren(code.cloneNode(true));
  const target = part(dialog, '[data-presenter-address]');
  if (target) target.textContent = address?.textContent ?? '';
}
