import type { MistakeScore, ScoredQuestion, scoreAnswers } from '../../lib/self-check/scoring.ts';
import type { Translate } from '../../lib/translate.ts';

export interface MistakeLink {
  slug: string;
  label: string;
  path: string;
}

export interface IslandQuestion extends ScoredQuestion {
  fieldset: HTMLFieldSetElement;
  href: string;
}

/** The announced result of the whole self-check, e.g. "2 of 7 risks… 1 more to check. 9 of 15 answered." */
export function summarise(score: ReturnType<typeof scoreAnswers>, t: Translate): string {
  if (score.answered === 0) return t('selfCheck.result.empty');
  const total = score.mistakes.length;
  const parts = [t('selfCheck.result.risks', { count: score.atRisk.length, total })];
  if (score.toCheck.length > 0) parts.push(t('selfCheck.result.toCheck', { count: score.toCheck.length }));
  if (score.answered < score.total) parts.push(t('selfCheck.result.progress', { answered: score.answered, total: score.total }));
  return parts.join(' ');
}

/** The one-line result under one mistake's questions. */
export function describeMistake(score: MistakeScore | undefined, t: Translate): string {
  if (!score || score.status === 'open') return '';
  return t(`selfCheck.mistake.${score.status}`);
}

/** Fills a result list: each mistake as a link to the paragraph behind the first answer that put it on the list. */
export function fillList(
  list: HTMLElement,
  heading: HTMLElement,
  scores: MistakeScore[],
  questions: IslandQuestion[],
  mistakes: Map<string, MistakeLink>,
): void {
  list.replaceChildren(
    ...scores.map((score) => {
      const mistake = mistakes.get(score.mistake);
      const first = questions.find((question) => question.id === score.questions[0]);
      const link = document.createElement('a');
      link.href = first?.href ?? mistake?.path ?? '';
      link.textContent = mistake?.label ?? score.mistake;
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  list.hidden = scores.length === 0;
  heading.hidden = scores.length === 0;
}
