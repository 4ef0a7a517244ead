import { afterAll, describe, expect, it } from 'vitest';
import { errorsOf } from '../drivers/error-recorder.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { fixture, findUniqueWord, searchWords } from '../../support/fixture-content.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { readSelfCheckStatus, waitForSelfCheck } from '../support/self-check.ts';

const chinese = findUniqueWord('zh', searchWords.zh);
const english = findUniqueWord('en', searchWords.en).mistake;
const heading = () => document.querySelector('h1')?.textContent ?? '';
const language = () => document.documentElement.lang;
const zh = useTranslations('zh');

/** Reading offline in one engine (test/engines/<engine>.test.ts). */
export function describeOffline(name: EngineName): void {
  describe('offline', () => {
    const site = useSite({ serviceWorker: true });
    afterAll(() => {
      site().refuse = false;
    });
    const { page } = usePage(name);

    it('says it is saved after one visit, then works with the server gone: the page reloads, the other languages open, search finds, the self-check scores', async () => {
      site().refuse = false;
      await page().goto(`${site().origin}/en/`);
      // Ready means a worker is active, and a Workbox worker activates only once it has stored every file.
      expect(await page().evaluate(async () => Boolean((await navigator.serviceWorker.ready).active), null)).toBe(true);
      const notices = () => document.querySelector('kb-offline-notices')?.textContent ?? '';
      await expect.poll(() => page().evaluate(notices, null)).toContain(useTranslations('en')('offline.ready'));
      const title = await page().evaluate(heading, null);

      site().refuse = true;
      try {
        await page().reload();
        expect(await page().evaluate(heading, null)).toBe(title);

        await page().goto(`${site().origin}/zh/mistakes/${chinese.mistake.slug}/`);
        expect(await page().evaluate(language, null)).toBe('zh-CN');
        expect(await page().evaluate((id) => document.getElementById(id)?.textContent ?? '', chinese.paragraph)).toContain(searchWords.zh);
        expect(await page().evaluate(() => navigator.serviceWorker.controller !== null, null)).toBe(true);

        await page().click({ role: 'searchbox', within: 'kb-search[data-mode="panel"]' });
        await page().type(searchWords.en);
        const firstResult = () => document.querySelector<HTMLAnchorElement>('kb-search[data-mode="panel"] [data-search-results] a')?.pathname ?? '';
        await expect.poll(() => page().evaluate(firstResult, null)).toBe(`/en/mistakes/${english.slug}/`);

        // The Traditional pages are in the offline copy too.
        const traditional = fixture.getMistake('zh-hant', chinese.mistake.number);
        await page().goto(`${site().origin}/zh-hant/mistakes/${traditional.slug}/`);
        expect(await page().evaluate(heading, null)).toBe(traditional.title);

        // The self-check's island loads from the offline copy and scores an answer.
        const [question] = fixture.getQuestions('zh');
        if (!question) throw new Error('the fixture has no self-check question');
        await page().goto(`${site().origin}/zh/self-check/`);
        await waitForSelfCheck(page(), 'zh');
        await page().click({ role: 'radio', name: zh(`selfCheck.answer.${question.riskyAnswer}`), exact: true, within: `fieldset#${question.id}` });
        await expect.poll(() => readSelfCheckStatus(page())).not.toBe(zh('selfCheck.result.empty'));
        expect(await errorsOf(page())).toEqual([]);
      } finally {
        site().refuse = false;
      }
    });
  });
}
