import type { Classification, Rejection } from '../../lib/workshop/classify-responses.ts';
import { shownLines, toReportGroups } from '../../lib/workshop/paste-report-groups.ts';
import type { Translate } from '../../lib/translate.ts';
import { html } from './dom.ts';

/**
 * Shows what the latest paste did: one line of counts (added, already counted, held back, not a link), then the lines
 * refused for good, folded in a `<details>`, a few shown and the rest behind "Show all". The lines held back (already
 * counted, twice in the paste, another site's) are not repeated here: they wait in the kept list below (held-view.ts),
 * with their buttons. A line's text is shown as text, never as markup.
 */
export function renderPasteReport(report: HTMLElement, result: Classification, t: Translate): void {
  const groups = toReportGroups(result);
  const summary = t('workshop.room.report.summary', { added: groups.added, counted: groups.counted.length, held: groups.held.length, refused: groups.refused.length });
  report.replaceChildren(html('p', summary, { class: 'workshop__report-summary' }), ...(groups.refused.length > 0 ? [toRefused(groups.refused, t)] : []));
  report.hidden = false;
}

function toRefused(lines: readonly Rejection[], t: Translate): HTMLElement {
  const details = html('details', '', { class: 'workshop__report-group', 'data-report-group': 'refused' });
  const list = html('ul');
  list.append(...lines.slice(0, shownLines).map((line) => toItem(line, t)));
  details.append(html('summary', t('workshop.room.report.refused', { count: lines.length })), list);
  if (lines.length > shownLines) {
    const more = html('button', t('workshop.room.report.showAll', { count: lines.length }), { type: 'button', class: 'self-check__button' });
    more.addEventListener('click', () => {
      const rest = lines.slice(shownLines).map((line) => toItem(line, t));
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

/** One line: its number and reason, its text isolated (`<bdi>`, so right-to-left text cannot reorder the page). */
function toItem(rejection: Rejection, t: Translate): HTMLElement {
  const reason = t(`workshop.room.reason.${rejection.reason}`);
  const entry = html('li');
  const text = html('bdi');
  text.append(html('code', rejection.text));
  entry.append(html('strong', t('workshop.room.line', { line: rejection.line, reason })), html('br'), text);
  return entry;
}
