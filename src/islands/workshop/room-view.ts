import { scoreAnswers } from '../../lib/self-check/scoring.ts';
import type { Unreadable } from '../../lib/storage/keep-aside.ts';
import type { Translate } from '../../lib/translate.ts';
import type { RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { chartStatuses } from '../../lib/workshop/room-chart.ts';
import type { SiteIdentity } from '../../lib/workshop/classify-responses.ts';
import type { RoomIslandData } from '../../lib/workshop/room-island-data.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';
import { html, part, showNotice } from './dom.ts';
import { drawRoomChart } from './room-chart-view.ts';

export interface RoomViewContext extends RoomIslandData {
  t: Translate;
  /** Each locale's name in its own language, for the language a response came in. */
  languages: Readonly<Record<string, string>>;
  /** The site as built (SITE_URL's host, the base path); links elsewhere are held back. */
  site?: SiteIdentity;
}

/** Shows the room: its count, chart and tables, what to discuss first, and the responses with their remove buttons. */
export function renderRoom(root: HTMLElement, summary: RoomSummary, responses: readonly RoomResponse[], context: RoomViewContext): void {
  const { t } = context;
  const count = part(root, '[data-room-count]');
  if (count) count.textContent = t('workshop.room.count', { count: summary.responses });
  const figures = part(root, '[data-summary]');
  if (figures) figures.hidden = summary.responses === 0;
  const labels = new Map(context.mistakes.map((mistake) => [mistake.slug, mistake.label]));
  const chart = part<SVGSVGElement>(root, '[data-chart]');
  if (chart) drawRoomChart(chart, summary, labels);
  renderMistakeRows(root, summary, context);
  renderDiscussFirst(root, summary, context);
  for (const tally of summary.questions) {
    const row = part(root, `tr[data-question="${tally.id}"]`);
    for (const answer of ['yes', 'no', 'unsure', 'unanswered'] as const) {
      const cell = row && part(row, `[data-answer="${answer}"] [data-figure]`);
      if (cell) cell.textContent = String(tally[answer]);
    }
  }
  renderResponses(root, responses, context);
}

/** Shows the notice of a room kept aside because it could not be read, with its download and forget buttons; hides it for none. */
export function renderKeptAside(root: HTMLElement, unreadable: Unreadable | undefined, t: Translate): void {
  showNotice(root, '[data-kept-text]', unreadable ? t('workshop.room.storage.unreadable', { reason: t(`workshop.room.storage.reason.${unreadable}`) }) : '');
  const kept = part(root, '[data-kept-room]');
  if (kept) kept.hidden = !unreadable;
}

function renderMistakeRows(root: HTMLElement, summary: RoomSummary, { mistakes }: RoomViewContext): void {
  const links = new Map(mistakes.map((mistake) => [mistake.slug, mistake]));
  const rows = summary.mistakes.map((tally) => {
    const mistake = links.get(tally.mistake);
    const heading = html('th', '', { scope: 'row' });
    heading.append(html('a', mistake?.label ?? tally.mistake, { href: mistake?.href ?? '' }));
    const row = html('tr', '', { 'data-mistake': tally.mistake });
    row.append(heading, ...chartStatuses.map((status) => html('td', String(tally[status]), { 'data-status': status })));
    return row;
  });
  part(root, '[data-mistake-rows]')?.replaceChildren(...rows);
}

function renderDiscussFirst(root: HTMLElement, summary: RoomSummary, { t, mistakes, questions }: RoomViewContext): void {
  const items = summary.discussFirst.map((item) => {
    const mistake = mistakes.find((candidate) => candidate.slug === item.mistake);
    const question = questions.find((candidate) => candidate.id === item.question);
    const entry = html('li');
    entry.append(
      html('a', mistake?.label ?? item.mistake, { href: question?.href ?? mistake?.href ?? '' }),
      ` · ${t('workshop.room.discussDetail', { risk: item.risk, total: summary.responses })}`,
    );
    return entry;
  });
  part(root, '[data-discuss]')?.replaceChildren(...(items.length > 0 ? items : [html('li', t('workshop.room.discussNone'))]));
}

function renderResponses(root: HTMLElement, responses: readonly RoomResponse[], { t, questions, languages }: RoomViewContext): void {
  const list = part(root, '[data-responses]');
  if (!list) return;
  const items = document.createDocumentFragment();
  for (const [index, response] of responses.entries()) {
    const number = index + 1;
    const score = scoreAnswers(questions, response.answers);
    const detail = t('workshop.room.responseDetail', {
      language: languages[response.locale] ?? response.locale,
      risk: score.atRisk.length,
      check: score.toCheck.length,
    });
    const item = html('li');
    const remove = html('button', t('workshop.room.remove'), {
      type: 'button',
      class: 'self-check__button',
      'data-action': 'remove',
      'data-index': String(index),
      'aria-label': t('workshop.room.removeLabel', { number }),
    });
    item.append(html('strong', t('workshop.room.response', { number })), ' ', html('span', detail), ' ', remove);
    items.append(item);
  }
  list.replaceChildren(items);
}
