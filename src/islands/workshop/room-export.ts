import type { Translate } from '../../lib/translate.ts';
import type { RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { toRoomCsv } from '../../lib/workshop/room-csv.ts';
import type { RoomIslandData } from '../../lib/workshop/room-island-data.ts';
import type { RoomResponse } from '../../lib/workshop/room-response.ts';

/**
 * Downloads the room as CSV, in the reader's language, named after today's date. A Blob URL clicked as a download
 * stays on this page and in this browser: no request leaves it, and a download is not a navigation the page's
 * Content-Security-Policy governs (the e2e test checks Chromium downloads it with no violation).
 */
export function downloadRoomCsv(summary: RoomSummary, responses: readonly RoomResponse[], data: RoomIslandData, t: Translate): void {
  const status = (key: string) => t(`workshop.room.status.${key}`);
  const csv = toRoomCsv(
    data.questions,
    responses,
    summary,
    {
      response: t('workshop.room.csv.response'),
      locale: t('workshop.room.csv.locale'),
      number: t('workshop.room.csv.number'),
      mistake: t('workshop.room.csv.mistake'),
      risk: status('risk'),
      check: status('check'),
      clear: status('clear'),
      open: status('open'),
      answers: { yes: t('selfCheck.answer.yes'), no: t('selfCheck.answer.no'), unsure: t('selfCheck.answer.unsure') },
    },
    { titles: Object.fromEntries(data.mistakes.map((mistake) => [mistake.slug, mistake.title])) },
  );
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${t('workshop.room.csv.file')}-${new Date().toISOString().slice(0, 10)}.csv`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes by the time a task runs again; a minute is ample for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Shown on the html element while the summary prints: workshop.css then prints the summary alone, on one page. */
const printSummaryClass = 'workshop-print-summary';

/** Prints the room's one-page summary (count, chart, what to discuss first) rather than the whole page. */
export function printRoomSummary(): void {
  document.documentElement.classList.add(printSummaryClass);
  addEventListener('afterprint', () => document.documentElement.classList.remove(printSummaryClass), { once: true });
  print();
}
