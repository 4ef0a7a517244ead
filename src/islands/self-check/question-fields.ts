import { isAnswer, type Answer, type Answers, type ScoredQuestion } from '../../lib/self-check/scoring.ts';

/** A question as the island knows it: what it is scored by, its fieldset, and the paragraph a result links to. */
export interface IslandQuestion extends ScoredQuestion {
  fieldset: HTMLFieldSetElement;
  href: string;
}

/** Reads the questions from the server-rendered fieldsets (SelfCheckQuestions.astro), in page order. */
export function readQuestions(root: Element): IslandQuestion[] {
  return [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((fieldset) => ({
    fieldset,
    id: fieldset.dataset.question ?? '',
    mistake: fieldset.dataset.mistake ?? '',
    riskyAnswer: fieldset.dataset.risky === 'yes' ? 'yes' : 'no',
    href: fieldset.dataset.href ?? '',
  }));
}

/** The answers checked in the fieldsets now: radio buttons work before the island's script arrives. */
export function readChecked(questions: readonly IslandQuestion[]): { id: string; answer: Answer }[] {
  return questions.flatMap((question) => {
    const value = question.fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
    return isAnswer(value) ? [{ id: question.id, answer: value }] : [];
  });
}

/** Checks each question's radio button for its answer, and none for a question without one. */
export function checkAnswers(questions: readonly IslandQuestion[], answers: Answers): void {
  for (const question of questions) {
    for (const input of question.fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = input.value === answers[question.id];
  }
}
