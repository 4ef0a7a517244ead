import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { fixture } from '../../support/fixture-content.ts';
import { errorsOf, expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import type { EngineName, EnginePage } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { readSelfCheckStatus, waitForSelfCheck } from '../support/self-check.ts';

const t = { en: useTranslations('en'), zh: useTranslations('zh') };
// The fixture's self-check: the first question of three different mistakes.
const questions = fixture.getQuestions('en');
const mistakes = fixture.getMistakes('en').length;
function firstQuestionsOfThreeMistakes() {
  const [first, second, third] = [...new Map(questions.map((question) => [question.mistake.slug, question])).values()];
  if (!first || !second || !third) throw new Error('the fixture self-check needs questions on three mistakes');
  return [first, second, third] as const;
}
const [first, second, third] = firstQuestionsOfThreeMistakes();
const answerLabels = { yes: t.en('selfCheck.answer.yes'), no: t.en('selfCheck.answer.no'), unsure: t.en('selfCheck.answer.unsure') };
const answer = (value: keyof typeof answerLabels) => answerLabels[value];

const isChecked = (page: EnginePage, question: string, value: string) =>
  page.evaluate(([id, answer]) => document.querySelector<HTMLInputElement>(`fieldset#${id} input[value="${answer}"]`)?.checked ?? false, [
    question,
    value,
  ] as const);

/** The self-check in one engine (test/engines/<engine>.test.ts). */
export function describeSelfCheck(name: EngineName): void {
  describe('self-check', () => {
    const site = useSite();
    const { engine, page } = usePage(name);
    expectNoErrorsAfterEach(page);

    it('scores an answer and keeps it over a reload', async () => {
      await page().goto(`${site().origin}/en/self-check/`);
      await waitForSelfCheck(page(), 'en');
      await page().click({ role: 'radio', name: answer(first.riskyAnswer), exact: true, within: `fieldset#${first.id}` });
      const scored = `${t.en('selfCheck.result.risks', { count: 1, total: mistakes })} ${t.en('selfCheck.result.progress', { answered: 1, total: questions.length })}`;
      await expect.poll(() => readSelfCheckStatus(page())).toBe(scored);

      await page().reload();
      await expect.poll(() => readSelfCheckStatus(page())).toBe(scored);
      expect(await isChecked(page(), first.id, first.riskyAnswer)).toBe(true);
    });

    it('shares answers with a link that opens, in Chinese, in a fresh session', async () => {
      await page().click({ role: 'radio', name: answer(second.riskyAnswer), exact: true, within: `fieldset#${second.id}` });
      await page().click({ role: 'radio', name: answer('unsure'), exact: true, within: `fieldset#${third.id}` });
      const href = await page().evaluate((name) => {
        const link = [...document.querySelectorAll('a')].find((anchor) => anchor.textContent?.trim() === name);
        return link?.getAttribute('href') ?? '';
      }, t.en('selfCheck.shareLink'));
      expect(href).toMatch(/^\/en\/self-check\/#answers=1/);

      const other = await engine().newPage();
      try {
        await other.goto(`${site().origin}${href.replace('/en/', '/zh/')}`);
        const shared = [
          t.zh('selfCheck.result.risks', { count: 2, total: mistakes }),
          t.zh('selfCheck.result.toCheck', { count: 1 }),
          t.zh('selfCheck.result.progress', { answered: 3, total: questions.length }),
        ].join(' ');
        await expect.poll(() => readSelfCheckStatus(other)).toBe(shared);
        expect(await isChecked(other, second.id, second.riskyAnswer)).toBe(true);
        expect(await isChecked(other, third.id, 'unsure')).toBe(true);
        // A fresh session: nothing of the first one, and shared answers are not saved unless the reader starts from them.
        expect(await other.evaluate(() => localStorage.getItem('kb-self-check'), null)).toBeNull();
        expect(await errorsOf(other)).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });
}
