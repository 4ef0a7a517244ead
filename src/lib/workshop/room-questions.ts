import type { MistakeData } from '../content-schema.ts';
import type { ScoredQuestion } from '../self-check/scoring.ts';

/** A self-check question as the room needs it: scoring fields, the mistake's number (for ordering) and its paragraph. */
export interface RoomQuestion extends ScoredQuestion {
  /** Number of the question's mistake, 1–7. */
  number: number;
  /** Paragraph id of the mistake that addresses the question, e.g. `p-3-2`; absent: the mistake page as a whole. */
  paragraph?: string;
}

/** Returns the room's questions in share-code order (mistakes by number, then their questions), from one language's mistakes. */
export function getRoomQuestions(mistakes: readonly MistakeData[]): RoomQuestion[] {
  return [...mistakes]
    .sort((a, b) => a.number - b.number)
    .flatMap(({ slug, number, selfCheck }) =>
      selfCheck.map(({ id, riskyAnswer, paragraph }) => ({ id, mistake: slug, number, riskyAnswer, ...(paragraph ? { paragraph } : {}) })),
    );
}
