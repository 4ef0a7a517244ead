/** A reader's answer to a self-check question; `unsure` is "Not sure". */
export type Answer = 'yes' | 'no' | 'unsure';
export const answerValues: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Answers by question id; a question without an entry is unanswered. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** What scoring needs of a question: its mistake and the answer that signals it. */
export interface ScoredQuestion {
  id: string;
  mistake: string;
  riskyAnswer: 'yes' | 'no';
}

/**
 * `risk`: an answer signals the mistake. `check`: no answer signals it, but one is "Not sure".
 * `clear`: every question answered, none signals it. `open`: not all answered yet, nothing signals it.
 */
export type MistakeStatus = 'risk' | 'check' | 'clear' | 'open';

export interface MistakeScore {
  mistake: string;
  status: MistakeStatus;
  /** The questions behind the status: risky answers for `risk`, "Not sure" for `check`, in question order. */
  questions: string[];
}

export interface SelfCheckScore {
  /** One entry per mistake, in the order their first question comes. */
  mistakes: MistakeScore[];
  atRisk: MistakeScore[];
  toCheck: MistakeScore[];
  answered: number;
  total: number;
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (answerValues as readonly string[]).includes(value);
}

/**
 * Scores a self-check: a mistake is at risk when any of its questions got its risky answer;
 * one that is not at risk but has a "Not sure" answer is worth checking.
 */
export function scoreAnswers(questions: readonly ScoredQuestion[], answers: Answers): SelfCheckScore {
  const byMistake = new Map<string, ScoredQuestion[]>();
  for (const question of questions) byMistake.set(question.mistake, [...(byMistake.get(question.mistake) ?? []), question]);
  const mistakes: MistakeScore[] = [];
  for (const [mistake, own] of byMistake) {
    const risky = own.filter((question) => answers[question.id] === question.riskyAnswer).map((question) => question.id);
    const unsure = own.filter((question) => answers[question.id] === 'unsure').map((question) => question.id);
    const allAnswered = own.every((question) => answers[question.id] !== undefined);
    if (risky.length > 0) mistakes.push({ mistake, status: 'risk', questions: risky });
    else if (unsure.length > 0) mistakes.push({ mistake, status: 'check', questions: unsure });
    else mistakes.push({ mistake, status: allAnswered ? 'clear' : 'open', questions: [] });
  }
  return {
    mistakes,
    atRisk: mistakes.filter((score) => score.status === 'risk'),
    toCheck: mistakes.filter((score) => score.status === 'check'),
    answered: questions.filter((question) => answers[question.id] !== undefined).length,
    total: questions.length,
  };
}
