import type { HeldResponse } from '../../lib/workshop/room-entries.ts';
import type { Translate } from '../../lib/translate.ts';
import { shownLines } from '../../lib/workshop/paste-report-groups.ts';
import { html, part } from './dom.ts';

/**
 * Lists the responses held back (kept across reloads) until the trainer counts or removes them: each pasted line with
 * why it waits, as text, never as markup, and its two buttons, which name the response by its stored id.
 */
export function renderHeld(root: HTMLElement, held: readonly HeldResponse[], t: Translate): void {
  const view = part(root, '[data-held-view]');
  const list = part(root, '[data-held-list]');
  if (!view || !list) return;
  list.replaceChildren(
    // A long list (a chat pasted again and again) shows a few lines, the rest on request, as the paste report does.
    ...(view.dataset.all === 'true' ? held : held.slice(0, shownLines)).map(({ id, held: { reason, line, text, firstLine, site } }) => {
      const item = html('li');
      const why = t(`workshop.room.reason.${reason}`, { line: firstLine ?? '', site: site ?? '' });
      const buttons = html('p', '', { class: 'self-check__buttons' });
      buttons.append(
        heldButton(t('workshop.room.countAnyway'), 'count-kept', id, t('workshop.room.countLine', { line })),
        heldButton(t('workshop.room.remove'), 'remove-held', id, t('workshop.room.heldRemoveLabel', { line })),
      );
      // The line's text isolated (`<bdi>`), as in the paste report: right-to-left text cannot reorder the list.
      const quoted = html('bdi');
      quoted.append(html('code', text));
      item.append(html('strong', t('workshop.room.line', { line, reason: why })), html('br'), quoted, buttons);
      return item;
    }),
  );
  if (held.length > shownLines && view.dataset.all !== 'true') {
    const more = html('button', t('workshop.room.report.showAll', { count: held.length }), { type: 'button', class: 'self-check__button' });
    more.addEventListener('click', () => {
      view.dataset.all = 'true';
      renderHeld(root, held, t);
      part<HTMLElement>(list, `li:nth-child(${shownLines + 1}) button`)?.focus();
    });
    const item = html('li');
    item.append(more);
    list.append(item);
  }
  view.hidden = held.length === 0;
}

/** A held line's button: what it does (`data-action`) to which stored response (`data-id`), its label naming the line. */
function heldButton(text: string, action: string, id: string, label: string): HTMLButtonElement {
  return html('button', text, { type: 'button', class: 'self-check__button', 'data-action': action, 'data-id': id, 'aria-label': label });
}
