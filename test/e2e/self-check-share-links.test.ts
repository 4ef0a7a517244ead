import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { answer, pickFromDifferentMistakes, riskyChoice, safeChoice, status, waitForIsland } from '../support/self-check-page.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const questions = fixture.getQuestions('en');

describe('self-check share links', () => {
  // A link made in English opening in Chinese with the same answers, in a fresh session, in three engines:
  // test/engines/specs/self-check.spec.ts. Here: the code itself, the notice, and what is saved when.
  it('holds each answer in its code; opened, shows them as someone else’s, saves no change to them, and saves them all once the reader starts from them', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await waitForIsland(page);
    const [risky, alsoRisky, unsure, untouched] = pickFromDifferentMistakes(
      questions,
      () => true,
      () => true,
      () => true,
      () => true,
    );
    if (!risky || !alsoRisky || !unsure || !untouched) throw new Error('unreachable');
    await answer(page, 'en', risky.id, riskyChoice(risky));
    await answer(page, 'en', alsoRisky.id, riskyChoice(alsoRisky));
    await answer(page, 'en', unsure.id, 'unsure');
    // The code: a version digit, then y, n, u or - for each question in order (src/lib/self-check/share-code.ts).
    const letters = { yes: 'y', no: 'n', unsure: 'u' } as const;
    const given = new Map([risky, alsoRisky].map((question) => [question.id, letters[riskyChoice(question)]] as const)).set(unsure.id, letters.unsure);
    const code = questions.map((question) => given.get(question.id) ?? '-');
    const share = await page.getByRole('link', { name: t('en', 'selfCheck.shareLink') }).getAttribute('href');
    expect(share).toBe(`/en/self-check/#answers=1${code.join('')}`);

    const { page: other } = await openPage(browser());
    await other.goto(`${fixtureUrl}${share?.replace('/en/', '/zh/')}`);
    await waitForIsland(other);
    await expect.poll(() => other.getByRole('alert').textContent()).toContain(t('zh', 'selfCheck.notice.shared'));
    const atRisk = [risky, alsoRisky].sort((a, b) => a.mistake.number - b.mistake.number).map(({ mistake }) => fixture.getMistake('zh', mistake.number));
    expect(
      await other
        .getByRole('list', { name: t('zh', 'selfCheck.atRiskHeading') })
        .getByRole('link')
        .allTextContents(),
    ).toEqual(atRisk.map(({ number, title }) => t('zh', 'mistake.labelWithTitle', { number, title })));
    // Shared answers are someone else's: changing one is shown, never saved, until the reader adopts them.
    expect(await other.evaluate(() => localStorage.getItem('kb-self-check'))).toBeNull();
    await answer(other, 'zh', untouched.id, safeChoice(untouched));
    await expect.poll(() => other.getByRole('alert').textContent()).toBe(t('zh', 'selfCheck.notice.sharedChanged'));
    expect(await other.evaluate(() => localStorage.getItem('kb-self-check'))).toBeNull();
    await other.getByRole('button', { name: t('zh', 'selfCheck.adopt') }).click();
    await expect.poll(() => other.evaluate(() => location.hash)).toBe('');
    expect(await other.getByRole('alert').count()).toBe(0);
    const stored = JSON.parse((await other.evaluate(() => localStorage.getItem('kb-self-check'))) ?? '{}').answers as Record<string, { value?: string }>;
    expect(Object.fromEntries(Object.entries(stored).flatMap(([id, change]) => (change.value ? [[id, change.value]] : [])))).toEqual({
      [untouched.id]: safeChoice(untouched),
      [risky.id]: riskyChoice(risky),
      [alsoRisky.id]: riskyChoice(alsoRisky),
      [unsure.id]: 'unsure',
    });
  });

  it.each([
    ['wrong length', '1yyn', 'selfCheck.problem.length'],
    ['unknown codes', `1${'y'.repeat(questions.length - 1)}x`, 'selfCheck.problem.code'],
    ['10,000 characters', `1${'y'.repeat(9_999)}`, 'selfCheck.problem.too-long'],
    ['markup', encodeURIComponent('<img src=x onerror=alert(1)>'), 'selfCheck.problem.version'],
  ] as const)('ignores a share link with %s, with a visible notice', async (_case, code, reason) => {
    const { page } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(`${fixtureUrl}/en/self-check/#answers=${code}`);
    await waitForIsland(page);
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toBe(t('en', 'selfCheck.notice.invalid', { reason: t('en', reason) }));
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('kb-self-check img').count()).toBe(0);
    expect(await status(page).textContent()).toBe(t('en', 'selfCheck.result.empty'));
    expect(errors).toEqual([]);
  });
});
