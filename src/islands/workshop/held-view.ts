import type { HeldResponse } from '../../lib/workshop/room-entries.ts';
import type { Translate } from '../../lib/translate.ts';
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
    ...held.map(({ id, held: { reason, line, text, firstLine } }) => {
      const item = html('li');
      const why = t(`workshop.room.reason.${reason}`, { line: firstLine ?? '' });
      const count = html('button', t('workshop.room.countAnyway'), { type: 'button', class: 'self-check__button', 'data-action': 'count-kept', 'data-id': id, 'aria-label': t('workshop.room.countLine', { line }) });
      const remove = html('button', t('workshop.room.remove'), { type: 'button', class: 'self-check__button', 'data-action': 'remove-held', 'data-id': id, 'aria-label': t('workshop.room.heldRemoveLabel', { line }) });
      const buttons = html('p', '', { class: 'self-check__buttons' });
      buttons.append(count, remove);
      item.append(html('strong', t('workshop.room.line', { line, reason: why })), html('br'), html('code', text), buttons);
      return item;
    }),
  );
  view.hidden = held.length === 0;
}
