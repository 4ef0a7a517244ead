import type { Classification, Rejection } from '../../lib/workshop/classify-responses.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import type { Translate } from '../../lib/translate.ts';
import { html } from './dom.ts';

type Held = Extract<Rejection, { response: RoomResponse }>;

/**
 * Shows what a paste did: how many responses joined the room, then every line that did not, with its reason (the
 * line's text shown as text, never as markup). A held line (the same answers as another) gets a "Count it too" button
 * whose `data-held` is its index in the returned list, the responses the trainer may still confirm.
 */
export function renderPasteReport(report: HTMLElement, result: Classification, t: Translate): RoomResponse[] {
  const held = result.rejected.filter((rejection): rejection is Held => 'response' in rejection);
  const { accepted, rejected } = result;
  const summary = [t('workshop.room.pasteAdded', { count: accepted.length })];
  if (rejected.length > 0) summary.push(t('workshop.room.pasteRejected', { count: rejected.length }));
  const list = html('ul');
  for (const rejection of rejected) {
    const reason = t(`workshop.room.reason.${rejection.reason}`, { line: 'firstLine' in rejection ? (rejection.firstLine ?? '') : '' });
    const item = html('li');
    item.append(html('strong', t('workshop.room.line', { line: rejection.line, reason })), html('br'), html('code', rejection.text));
    if (held.includes(rejection as Held)) {
      const label = t('workshop.room.countLine', { line: rejection.line });
      item.append(html('br'), html('button', label, { type: 'button', class: 'self-check__button', 'data-action': 'count-held', 'data-held': String(held.indexOf(rejection as Held)) }));
    }
    list.append(item);
  }
  report.replaceChildren(html('p', summary.join(' ')), ...(rejected.length > 0 ? [list] : []));
  report.hidden = false;
  return held.map(({ response }) => response);
}
