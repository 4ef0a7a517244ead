import { scoreAnswers, type Answers, type MistakeStatus } from '../self-check/scoring.ts';
import type { RoomQuestion } from './room-questions.ts';

/** How many participants each mistake's self-check puts in each status (`open`: not all its questions answered). */
export interface MistakeTally extends Record<MistakeStatus, number> {
  mistake: string;
  number: number;
}

/** How a question was answered across the room. */
export interface QuestionTally {
  id: string;
  mistake: string;
  yes: number;
  no: number;
  unsure: number;
  unanswered: number;
  /** Participants whose answer signals the mistake (the yes or the no count). */
  risky: number;
}

/** A mistake to discuss first, with the question most of the room answered riskily and the paragraph that addresses it. */
export interface DiscussItem {
  mistake: string;
  number: number;
  risk: number;
  question: string;
  /** Paragraph id of the mistake, e.g. `p-3-2`; absent when the question points at the mistake page as a whole. */
  paragraph?: string;
}

export interface RoomSummary {
  responses: number;
  /** Most at risk first; equal counts in mistake-number order. */
  mistakes: MistakeTally[];
  /** In self-check order. */
  questions: QuestionTally[];
  discussFirst: DiscussItem[];
}

/**
 * A workshop session has time to dwell on about three mistakes; more would blur "first".
 * Only mistakes with at least one participant at risk qualify, so a room that is clear gets no list.
 */
export const discussFirstCount = 3;

/** Sums a room's responses into per-mistake and per-question figures, with each response scored as the self-check scores it. */
export function aggregateRoom(questions: readonly RoomQuestion[], responses: readonly { answers: Answers }[]): RoomSummary {
  const tallies = new Map<string, MistakeTally>();
  for (const { mistake, number } of questions) {
    if (!tallies.has(mistake)) tallies.set(mistake, { mistake, number, risk: 0, check: 0, clear: 0, open: 0 });
  }
  const byQuestion = questions.map(({ id, mistake }) => ({ id, mistake, yes: 0, no: 0, unsure: 0, unanswered: 0, risky: 0 }));
  for (const { answers } of responses) {
    for (const score of scoreAnswers(questions, answers).mistakes) {
      const tally = tallies.get(score.mistake);
      if (tally) tally[score.status] += 1;
    }
    for (const [index, question] of questions.entries()) {
      const tally = byQuestion[index];
      const answer = answers[question.id];
      if (!tally) continue;
      tally[answer ?? 'unanswered'] += 1;
      if (answer === question.riskyAnswer) tally.risky += 1;
    }
  }
  // Array.prototype.sort is stable, so equal counts keep the mistake-number order.
  const mistakes = [...tallies.values()].sort((a, b) => a.number - b.number).sort((a, b) => b.risk - a.risk);
  return { responses: responses.length, mistakes, questions: byQuestion, discussFirst: pickDiscussFirst(mistakes, questions, byQuestion) };
}

function pickDiscussFirst(mistakes: readonly MistakeTally[], questions: readonly RoomQuestion[], tallies: readonly QuestionTally[]): DiscussItem[] {
  const riskyCount = new Map(tallies.map(({ id, risky }) => [id, risky]));
  return mistakes
    .filter(({ risk }) => risk > 0)
    .slice(0, discussFirstCount)
    .flatMap(({ mistake, number, risk }) => {
      // The question that put most participants at risk; on a tie, the first in self-check order.
      let top: RoomQuestion | undefined;
      for (const question of questions) {
        if (question.mistake !== mistake) continue;
        if (!top || (riskyCount.get(question.id) ?? 0) > (riskyCount.get(top.id) ?? 0)) top = question;
      }
      if (!top) return [];
      return [{ mistake, number, risk, question: top.id, ...(top.paragraph ? { paragraph: top.paragraph } : {}) }];
    });
}
