import type { Page } from 'playwright-core';
import type { Locale } from '../../src/lib/locales.ts';
import type { SiteQuestion } from './site-content.ts';
import { t } from './ui-strings.ts';

export type Choice = 'yes' | 'no' | 'unsure';

/** Answers one question by clicking the label of a choice, as a reader does. */
export async function answer(page: Page, locale: Locale, questionId: string, choice: Choice): Promise<void> {
  await page
    .locator(`fieldset#${questionId}`)
    .getByLabel(t(locale, `selfCheck.answer.${choice}`), { exact: true })
    .check();
}

/** The answer that points to the question's mistake, or the one that does not. */
export const riskyChoice = (question: SiteQuestion): Choice => question.riskyAnswer;
export const safeChoice = (question: SiteQuestion): Choice => (question.riskyAnswer === 'yes' ? 'no' : 'yes');

/** The island's announced result. */
export const status = (page: Page) => page.locator('kb-self-check [data-status]');

/** Waits for the island to have run: the result heading shows only then. */
export async function waitForIsland(page: Page): Promise<void> {
  await page.locator('.self-check__result-heading').waitFor({ state: 'visible' });
}

/** The whole self-check's result line, as src/islands/self-check/self-check-result.ts composes it. */
export function describeResult(locale: Locale, counts: { risks: number; toCheck: number; answered: number; mistakes: number; questions: number }): string {
  const parts = [t(locale, 'selfCheck.result.risks', { count: counts.risks, total: counts.mistakes })];
  if (counts.toCheck > 0) parts.push(t(locale, 'selfCheck.result.toCheck', { count: counts.toCheck }));
  if (counts.answered < counts.questions) parts.push(t(locale, 'selfCheck.result.progress', { answered: counts.answered, total: counts.questions }));
  return parts.join(' ');
}

/** Picks questions from different mistakes, each by a test; throws if the content has none left that fits. */
export function pickFromDifferentMistakes(questions: SiteQuestion[], ...tests: ((question: SiteQuestion) => boolean)[]): SiteQuestion[] {
  const picked: SiteQuestion[] = [];
  for (const test of tests) {
    const found = questions.find((question) => test(question) && !picked.some((other) => other.mistake.number === question.mistake.number));
    if (!found) throw new Error('the content has too few mistakes with self-check questions of the kinds this test needs');
    picked.push(found);
  }
  return picked;
}
