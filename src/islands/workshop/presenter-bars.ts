import type { Translate } from '../../lib/translate.ts';
import type { MistakeTally, RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { chartStatuses } from '../../lib/workshop/room-chart.ts';
import { html } from './dom.ts';

/**
 * The presenter view's bars, in HTML (not the room's SVG chart): their labels are text at the page's own large sizes,
 * and a bar's length is set through the CSSOM (`style.flexGrow`), which a strict CSP allows, unlike style attributes.
 * Each status has the room chart's colour and texture (workshop.css), and its count written on it.
 */
function toBar(tally: MistakeTally, t: Translate): HTMLElement {
  const bar = html('div', '', { class: 'workshop-presenter__bar', 'aria-hidden': 'true' });
  for (const status of chartStatuses) {
    if (tally[status] === 0) continue;
    const segment = html('span', '', {
      class: `workshop-presenter__segment workshop-presenter__segment--${status}`,
      title: t(`workshop.room.status.${status}`),
    });
    segment.style.flexGrow = String(tally[status]);
    segment.append(html('span', String(tally[status]), { class: 'workshop-presenter__tag' }));
    bar.append(segment);
  }
  return bar;
}

/** What a bar says, for screen readers and as the row's visible key: "5 at risk, 2 worth checking, …". */
export function describeTally(tally: MistakeTally, t: Translate): string {
  return chartStatuses.map((status) => `${tally[status]} ${t(`workshop.room.status.${status}`)}`).join(' · ');
}

/** One mistake, large (its label is the view's heading): one bar, and every status's count in words. */
export function renderOneMistake(bars: HTMLElement, tally: MistakeTally, t: Translate): void {
  const row = html('div', '', { class: 'workshop-presenter__row', 'data-mistake': tally.mistake });
  row.append(toBar(tally, t), html('p', describeTally(tally, t), { class: 'workshop-presenter__label' }));
  bars.replaceChildren(row);
}

/** Every mistake, most at risk first (the "discuss first" order), each a label over its bar. */
export function renderAllMistakes(bars: HTMLElement, summary: RoomSummary, labels: ReadonlyMap<string, string>, t: Translate): void {
  const list = html('ol', '', { class: 'workshop-presenter__list' });
  for (const tally of summary.mistakes) {
    const item = html('li', '', { class: 'workshop-presenter__row', 'data-mistake': tally.mistake });
    item.append(
      html('p', labels.get(tally.mistake) ?? tally.mistake, { class: 'workshop-presenter__label' }),
      toBar(tally, t),
      html('p', describeTally(tally, t), { class: 'visually-hidden' }),
    );
    list.append(item);
  }
  bars.replaceChildren(list);
}

/** The legend of the bars' colours and textures. */
export function toLegend(t: Translate): HTMLElement {
  const legend = html('ul', '', { class: 'workshop-presenter__legend', 'aria-hidden': 'true' });
  for (const status of chartStatuses) {
    const item = html('li');
    item.append(html('span', '', { class: `workshop-presenter__swatch workshop-presenter__segment--${status}` }), t(`workshop.room.status.${status}`));
    legend.append(item);
  }
  return legend;
}
