import { toShareHash } from '../../lib/self-check/share-code.ts';
import { scoreAnswers, type Answers, type MistakeScore, type SelfCheckScore } from '../../lib/self-check/scoring.ts';
import type { Translate } from '../../lib/translate.ts';
import { part } from '../part.ts';
import type { IslandQuestion } from './question-fields.ts';

export interface MistakeLink {
  slug: string;
  label: string;
  path: string;
}

/** The announced result of the whole self-check, e.g. "2 of 7 risks… 1 more to check. 9 of 15 answered." */
export function summarise(score: SelfCheckScore, t: Translate): string {
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

/**
 * Shows the result of these answers: the status line (`message` first, when there is one); on the full self-check
 * (`page`) also the lists of mistakes at risk and to check, and the share link, which carries the answers.
 */
export function renderResult(
  root: Element,
  {
    questions,
    answers,
    mistakes,
    page,
    message,
  }: { questions: IslandQuestion[]; answers: Answers; mistakes: Map<string, MistakeLink>; page: boolean; message: string },
  t: Translate,
): void {
  const score = scoreAnswers(questions, answers);
  const result = page ? summarise(score, t) : describeMistake(score.mistakes[0], t);
  const status = part(root, '[data-status]');
  if (status) status.textContent = message ? `${message} ${result}` : result;
  if (!page) return;
  for (const [name, scores] of [
    ['risks', score.atRisk],
    ['checks', score.toCheck],
  ] as const) {
    const list = part(root, `[data-${name}]`);
    const heading = part(root, `[data-${name}-heading]`);
    if (list && heading) fillList(list, heading, scores, questions, mistakes);
  }
  const share = part<HTMLAnchorElement>(root, '[data-share]');
  const ids = questions.map((question) => question.id);
  if (share) share.href = `${location.pathname}${toShareHash(ids, answers)}`;
}

/** Fills a result list: each mistake as a link to the paragraph behind the first answer that put it on the list. */
function fillList(list: HTMLElement, heading: HTMLElement, scores: MistakeScore[], questions: IslandQuestion[], mistakes: Map<string, MistakeLink>): void {
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
