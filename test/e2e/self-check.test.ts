import { describe, expect, inject, it } from 'vitest';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { answer, describeResult, pickFromDifferentMistakes, riskyChoice, safeChoice, status, waitForIsland } from '../support/self-check-page.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const questions = fixture.getQuestions('en');
const mistakes = fixture.getMistakes('en');
const counts = { mistakes: mistakes.length, questions: questions.length };
const label = (number: number, title: string) => `${t('en', 'mistake.label', { number })}: ${title}`;

describe('self-check page', () => {
  // Scoring one answer and keeping it over a reload, in three engines: test/engines/specs/self-check.spec.ts.
  it('scores a mix of answers, links the risks and the ones to check to their paragraphs, and clears them for good', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await waitForIsland(page);
    expect(await status(page).textContent()).toBe(t('en', 'selfCheck.result.empty'));

    // Four mistakes: one at risk by a yes, one by a no, one to check, one answered safely.
    const [byYes, byNo, unsure, safe] = pickFromDifferentMistakes(
      questions,
      (question) => question.riskyAnswer === 'yes' && Boolean(question.paragraph),
      (question) => question.riskyAnswer === 'no' && Boolean(question.paragraph),
      () => true,
      () => true,
    );
    if (!byYes || !byNo || !unsure || !safe) throw new Error('unreachable');
    await answer(page, 'en', byYes.id, riskyChoice(byYes));
    await expect.poll(() => status(page).textContent()).toBe(describeResult('en', { ...counts, risks: 1, toCheck: 0, answered: 1 }));
    await answer(page, 'en', byNo.id, riskyChoice(byNo));
    await answer(page, 'en', unsure.id, 'unsure');
    await answer(page, 'en', safe.id, safeChoice(safe));
    const expected = describeResult('en', { ...counts, risks: 2, toCheck: 1, answered: 4 });
    await expect.poll(() => status(page).textContent()).toBe(expected);

    const atRisk = [byYes, byNo].sort((a, b) => a.mistake.number - b.mistake.number);
    const risks = page.getByRole('list', { name: t('en', 'selfCheck.atRiskHeading') }).getByRole('link');
    expect(await risks.allTextContents()).toEqual(atRisk.map(({ mistake }) => label(mistake.number, mistake.title)));
    expect(await risks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      atRisk.map(({ mistake, paragraph }) => `/en/mistakes/${mistake.slug}/#${paragraph}`),
    );
    const checks = page.getByRole('list', { name: t('en', 'selfCheck.toCheckHeading') }).getByRole('link');
    expect(await checks.allTextContents()).toEqual([label(unsure.mistake.number, unsure.mistake.title)]);

    await page.getByRole('button', { name: t('en', 'selfCheck.clear') }).click();
    await expect.poll(() => status(page).textContent()).toBe(`${t('en', 'selfCheck.cleared')} ${t('en', 'selfCheck.result.empty')}`);
    expect(await page.locator('kb-self-check input:checked').count()).toBe(0);
    await page.reload();
    await waitForIsland(page);
    expect(await page.locator('kb-self-check input:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('passes axe-core with a result, a notice and answers shown', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(`${fixtureUrl}/zh/self-check/#answers=1${'y'.repeat(questions.length)}`);
    await waitForIsland(page);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('takes keyboard focus through the questions, shows where it is, and lets it out again', async () => {
    const [first, second] = questions;
    if (!first || !second) throw new Error('the fixture needs two questions');
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await waitForIsland(page);
    await page.locator(`fieldset#${first.id} input`).first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`fieldset#${first.id} input:checked`).getAttribute('value')).toBe('no');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return { name: input?.name, outline: input?.closest('label') ? getComputedStyle(input.closest('label') as Element).outlineStyle : '' };
    });
    expect(focused).toEqual({ name: second.id, outline: 'solid' });
    let left = false;
    for (let presses = 0; presses < 4 * questions.length + 20 && !left; presses += 1) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => document.activeElement?.closest('kb-self-check') === null);
    }
    expect(left).toBe(true);
  });
});

describe('self-check on a mistake page', () => {
  it('loads its script only once the questions come into view, and shares answers with the full self-check', async () => {
    // The longest mistake, so that its questions start below the fold of a phone.
    const [long] = fixture.getMistakes('zh').sort((a, b) => b.texts.join('').length - a.texts.join('').length);
    const question = long?.selfCheck[0];
    if (!long || !question) throw new Error('the fixture needs a mistake with a question');
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 600 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${fixtureUrl}/zh/mistakes/${long.slug}/`, { waitUntil: 'networkidle' });
    const island = () => scripts.filter((path) => path.includes('self-check-element'));
    expect(island()).toEqual([]);

    await page.locator('kb-self-check').scrollIntoViewIfNeeded();
    await expect.poll(() => island().length).toBe(1);
    await answer(page, 'zh', question.id, question.riskyAnswer);
    await expect.poll(() => status(page).textContent()).toBe(t('zh', 'selfCheck.mistake.risk'));

    await page.getByRole('link', { name: t('zh', 'selfCheck.fullLink') }).click();
    await page.waitForURL(`**/zh/self-check/#${long.slug}`);
    await waitForIsland(page);
    await expect.poll(() => status(page).textContent()).toBe(describeResult('zh', { ...counts, risks: 1, toCheck: 0, answered: 1 }));
  });
});
