import { isAnswer, type Answer, type Answers } from './scoring.ts';

/**
 * A share code is a version digit, then one character per question in self-check order:
 * `y` yes, `n` no, `u` not sure, `-` unanswered, e.g. `1yn-u…`. It travels in the URL fragment
 * (`#answers=1yn-u…`), which browsers never send to a server.
 */
const version = '1';
const codeOf: Record<Answer, string> = { yes: 'y', no: 'n', unsure: 'u' };
const unanswered = '-';
const answerOf = new Map<string, Answer>(Object.entries(codeOf).map(([answer, code]) => [code, answer as Answer]));

/** Name of the fragment parameter that carries a share code. */
export const shareParameter = 'answers';
/** Longer fragments are refused before they are parsed; far above any real self-check. */
export const maxShareLength = 500;

export type ShareProblem = 'too-long' | 'version' | 'length' | 'code';
export type DecodedShare = { ok: true; answers: Answers } | { ok: false; problem: ShareProblem };

/** Returns the share code of a set of answers, e.g. `1yn-u` for four questions. */
export function encodeAnswers(questionIds: readonly string[], answers: Answers): string {
  const codes = questionIds.map((id) => {
    const answer = answers[id];
    return answer ? codeOf[answer] : unanswered;
  });
  return version + codes.join('');
}

/** Reads a share code; never throws: a code that does not fit these questions comes back as a problem to show. */
export function decodeAnswers(questionIds: readonly string[], code: unknown): DecodedShare {
  if (typeof code !== 'string') return { ok: false, problem: 'code' };
  if (code.length > maxShareLength) return { ok: false, problem: 'too-long' };
  if (code[0] !== version) return { ok: false, problem: 'version' };
  const body = code.slice(version.length);
  if (body.length !== questionIds.length) return { ok: false, problem: 'length' };
  const answers: Record<string, Answer> = {};
  for (const [index, id] of questionIds.entries()) {
    const char = body[index] ?? '';
    if (char === unanswered) continue;
    const answer = answerOf.get(char);
    if (!isAnswer(answer)) return { ok: false, problem: 'code' };
    answers[id] = answer;
  }
  return { ok: true, answers };
}

/**
 * Returns the share code in a URL fragment, undefined when the fragment carries none.
 * @example readShareCode('#answers=1yn') // '1yn'
 */
export function readShareCode(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.length > maxShareLength * 4) return fragment; // decodeAnswers reports it as too long, unparsed.
  return new URLSearchParams(fragment).get(shareParameter) ?? undefined;
}

/** Returns the URL fragment that shares these answers, e.g. `#answers=1yn`. */
export function toShareHash(questionIds: readonly string[], answers: Answers): string {
  return `#${shareParameter}=${encodeAnswers(questionIds, answers)}`;
}
