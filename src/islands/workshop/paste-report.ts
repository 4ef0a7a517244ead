import type { Classification, Rejection } from '../../lib/workshop/classify-responses.ts';
import { shownLines, toReportGroups, type ReportGroup } from '../../lib/workshop/paste-report-groups.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import type { Translate } from '../../lib/translate.ts';
import { html } from './dom.ts';

/**
 * Shows what the latest paste did: one line of counts (added, already counted, held back, not a link), then each kind
 * of line folded in its own `<details>` (held-back lines open: they wait for the trainer), a few lines each and the rest
 * behind "Show all". A line's text is shown as text, never as markup. A line the trainer may still count gets a
 * "Count it too" button whose `data-held` is its index in the returned list, the responses they may confirm.
 */
export function renderPasteReport(report: HTMLElement, result: Classification, t: Translate): RoomResponse[] {
  const groups = toReportGroups(result);
  const heldLines = result.rejected.filter((rejection) => 'response' in rejection);
  const held = new Map<Rejection, number>(heldLines.map((rejection, index) => [rejection, index]));
  const item = (rejection: Rejection) => toItem(rejection, t, held.get(rejection));
  const summary = t('workshop.room.report.summary', {
    added: groups.added,
    counted: groups.counted.length,
    held: groups.held.length,
    refused: groups.refused.length,
  });
  const sections = (['held', 'counted', 'refused'] as const).filter((group) => groups[group].length > 0).map((group) => toGroup(group, groups[group], item, t));
  report.replaceChildren(html('p', summary, { class: 'workshop__report-summary' }), ...sections);
  report.hidden = false;
  return heldLines.flatMap((rejection) => ('response' in rejection ? [rejection.response] : []));
}

function toGroup(group: ReportGroup, lines: readonly Rejection[], item: (rejection: Rejection) => HTMLElement, t: Translate): HTMLElement {
  const details = html('details', '', { class: 'workshop__report-group', 'data-report-group': group });
  details.open = group === 'held';
  const list = html('ul');
  list.append(...lines.slice(0, shownLines).map(item));
  details.append(html('summary', t(`workshop.room.report.${group}`, { count: lines.length })), list);
  if (lines.length > shownLines) {
    const more = html('button', t('workshop.room.report.showAll', { count: lines.length }), { type: 'button', class: 'self-check__button' });
    more.addEventListener('click', () => {
      const rest = lines.slice(shownLines).map(item);
      list.append(...rest);
      more.remove();
      // The focus goes to the first line it revealed, not back to the top of the page.
      rest[0]?.setAttribute('tabindex', '-1');
      rest[0]?.focus();
    });
    details.append(more);
  }
  return details;
}

/** One line: its number and reason, its text isolated (`<bdi>`, so right-to-left text cannot reorder the page), and for a held line its button. */
function toItem(rejection: Rejection, t: Translate, heldIndex: number | undefined): HTMLElement {
  const values = { line: 'firstLine' in rejection ? (rejection.firstLine ?? '') : '', site: 'site' in rejection ? rejection.site : '' };
  const reason = t(`workshop.room.reason.${rejection.reason}`, values);
  const entry = html('li');
  const text = html('bdi');
  text.append(html('code', rejection.text));
  entry.append(html('strong', t('workshop.room.line', { line: rejection.line, reason })), html('br'), text);
  if (heldIndex !== undefined) {
    const label = t('workshop.room.countLine', { line: rejection.line });
    entry.append(
      html('br'),
      html('button', label, { type: 'button', class: 'self-check__button', 'data-action': 'count-held', 'data-held': String(heldIndex) }),
    );
  }
  return entry;
}
