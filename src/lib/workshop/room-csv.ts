import type { Answer } from '../self-check/scoring.ts';
import type { RoomSummary } from './aggregate-room.ts';
import type { RoomQuestion } from './room-questions.ts';
import type { RoomResponse } from './room-response.ts';

/** Column labels and answer words in the reader's language; question columns are headed by their ids (`q-3-1`). */
export interface RoomCsvLabels {
  response: string;
  locale: string;
  number: string;
  mistake: string;
  risk: string;
  check: string;
  clear: string;
  open: string;
  answers: Record<Answer, string>;
}

export interface RoomCsvOptions {
  /** Mistake titles by slug for the summary rows; a slug without one shows as itself. */
  titles?: Readonly<Record<string, string>>;
  /** Starts the file with a UTF-8 byte order mark, without which Excel reads Chinese as mojibake. Default true. */
  bom?: boolean;
}

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection); tab and CR start hidden ones. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Returns the room as CSV (RFC 4180, CRLF): one row per response (its number, source locale, then a cell per question,
 * empty when unanswered), a blank line, then one row per mistake with its status counts, in the summary's order.
 */
export function toRoomCsv(
  questions: readonly RoomQuestion[],
  responses: readonly RoomResponse[],
  summary: RoomSummary,
  labels: RoomCsvLabels,
  { titles = {}, bom = true }: RoomCsvOptions = {},
): string {
  const answerRows = responses.map((response, index) => [
    String(index + 1),
    response.locale,
    ...questions.map(({ id }) => {
      const answer = response.answers[id];
      return answer ? labels.answers[answer] : '';
    }),
  ]);
  const summaryRows = summary.mistakes.map(({ mistake, number, risk, check, clear, open }) =>
    [number, titles[mistake] ?? mistake, risk, check, clear, open].map(String),
  );
  const rows = [
    [labels.response, labels.locale, ...questions.map(({ id }) => id)],
    ...answerRows,
    [],
    [labels.number, labels.mistake, labels.risk, labels.check, labels.clear, labels.open],
    ...summaryRows,
  ];
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}

/** Quotes a cell when RFC 4180 needs it, and defuses a would-be formula with a leading apostrophe (OWASP's advice). */
export function toCsvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
