import { decodeAnswers, encodeAnswers } from '../self-check/share-code.ts';
import type { Answers } from '../self-check/scoring.ts';

/**
 * One participant's answers in the room. `code` is the normalised share code (`1yn-u…`): it identifies a response,
 * so the same answers reached through another language, origin or base path are the same response.
 */
export interface RoomResponse {
  code: string;
  /** Locale of the link the response came from, e.g. `zh`. */
  locale: string;
  answers: Answers;
}

/** Why a share code cannot join the room: made for another version or question set, or not a share code at all. */
export type CodeProblem = 'other-version' | 'malformed';
export type DecodedResponse = { ok: true; response: RoomResponse } | { ok: false; problem: CodeProblem };

/**
 * Reads a share code into a room response, through the self-check's own decoder.
 * @example toRoomResponse(['q-1-1', 'q-1-2'], '1yn', 'en') // { ok: true, response: { code: '1yn', locale: 'en', answers: { 'q-1-1': 'yes', 'q-1-2': 'no' } } }
 */
export function toRoomResponse(questionIds: readonly string[], code: string, locale: string): DecodedResponse {
  const decoded = decodeAnswers(questionIds, code);
  if (decoded.ok) return { ok: true, response: { code: encodeAnswers(questionIds, decoded.answers), locale, answers: decoded.answers } };
  switch (decoded.problem) {
    case 'too-long':
    case 'code':
      return { ok: false, problem: 'malformed' };
    case 'version':
      // A leading digit is a version we do not know; anything else never was a share code.
      return { ok: false, problem: /^[0-9]/.test(code) ? 'other-version' : 'malformed' };
    case 'length':
      return { ok: false, problem: isWellFormed(code) ? 'other-version' : 'malformed' };
  }
}

/** Tells a code for another number of questions (well formed) from one with bad characters, with the decoder itself. */
function isWellFormed(code: string): boolean {
  const ownLength = Array.from({ length: code.length - 1 }, (_, index) => `q-${index}`);
  return decodeAnswers(ownLength, code).ok;
}
