import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { answer, riskyChoice, safeChoice, waitForIsland } from '../support/self-check-page.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { makeStale, readPresent } from '../support/stale-tab.ts';
import { t } from '../support/ui-strings.ts';
import type { Page } from 'playwright-core';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const questions = fixture.getQuestions('en');
const key = 'kb-self-check';
const checked = (page: Page, id: string) =>
  page
    .locator(`fieldset#${id} input:checked`)
    .getAttribute('value', { timeout: 1000 })
    .catch(() => null);
const own = (page: Page) => readPresent(page, key, 'answers');

describe('self-check: nothing a reader keeps is lost or mixed', () => {
  it('a change on a mistake page shows in the open self-check, and a stale tab never puts back a cleared answer', async () => {
    const [first, second] = questions;
    if (!first || !second) throw new Error('the fixture needs two questions');
    const { page: mistake } = await openPage(browser());
    const context = mistake.context();
    await mistake.goto(`${fixtureUrl}/en/mistakes/${first.mistake.slug}/`);
    await answer(mistake, 'en', first.id, riskyChoice(first));
    await expect.poll(() => own(mistake)).toEqual({ [first.id]: riskyChoice(first) });

    const selfCheck = await context.newPage();
    const stale = await context.newPage();
    await makeStale(stale);
    for (const page of [selfCheck, stale]) {
      await page.goto(`${fixtureUrl}/en/self-check/`);
      await waitForIsland(page);
      expect(await checked(page, first.id)).toBe(riskyChoice(first));
    }

    // Changed on the mistake page: the open self-check follows without a reload.
    await answer(mistake, 'en', first.id, safeChoice(first));
    await expect.poll(() => checked(selfCheck, first.id)).toBe(safeChoice(first));

    // Cleared on the self-check page; the mistake page follows; the stale tab still shows the old answer…
    await selfCheck.getByRole('button', { name: t('en', 'selfCheck.clear') }).click();
    await expect.poll(() => checked(mistake, first.id)).toBe(null);
    expect(await checked(stale, first.id)).toBe(riskyChoice(first));
    // …and answering another question there saves that answer alone: the cleared one stays cleared.
    await answer(stale, 'en', second.id, 'unsure');
    await expect.poll(() => own(stale)).toEqual({ [second.id]: 'unsure' });
    await expect.poll(() => checked(selfCheck, second.id)).toBe('unsure');
    expect(await checked(selfCheck, first.id)).toBe(null);
    await stale.reload();
    await waitForIsland(stale);
    expect(await checked(stale, first.id)).toBe(null);
  });

  it('a share link over stored answers shows, above the first question, that they are someone else’s, and never mixes them into mine', async () => {
    const [mine, theirs] = questions;
    if (!mine || !theirs) throw new Error('the fixture needs two questions');
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await waitForIsland(page);
    await answer(page, 'en', mine.id, 'unsure');
    await expect.poll(() => own(page)).toEqual({ [mine.id]: 'unsure' });
    const stored = await page.evaluate((name) => localStorage.getItem(name), key);

    const code = questions.map((question) => (question.id === theirs.id ? 'y' : '-')).join('');
    await page.goto(`${fixtureUrl}/en/self-check/#answers=1${code}`);
    await page.reload();
    await waitForIsland(page);
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toBe(t('en', 'selfCheck.notice.shared'));
    // On a phone the notice is in the first screen, before the first question, with its way back beside it.
    const [noticeBox, firstQuestion] = await Promise.all([notice.boundingBox(), page.getByRole('group').first().boundingBox()]);
    expect(noticeBox && firstQuestion && noticeBox.y < firstQuestion.y && noticeBox.y < 700).toBe(true);
    expect(await checked(page, theirs.id)).toBe('yes');
    expect(await checked(page, mine.id)).toBe(null);

    // Changing one of their answers is shown, says it is not saved, and stores nothing.
    await answer(page, 'en', mine.id, 'no');
    await expect.poll(() => notice.textContent()).toBe(t('en', 'selfCheck.notice.sharedChanged'));
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBe(stored);

    await page.getByRole('button', { name: t('en', 'selfCheck.startOwn') }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await notice.count()).toBe(0);
    expect(await checked(page, mine.id)).toBe('unsure');
    expect(await checked(page, theirs.id)).toBe(null);
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBe(stored);
    await page.reload();
    await waitForIsland(page);
    expect(await own(page)).toEqual({ [mine.id]: 'unsure' });
  });

  it.each([
    ['damaged', '{"version":2,"answers":{"q-1-1":{"at":1,', 'corrupt'],
    ['from a newer version', JSON.stringify({ version: 3, answers: { 'q-1-1': { yes: true } } }), 'newer'],
    ['oversized', JSON.stringify({ version: 2, answers: {}, pad: 'x'.repeat(30_000) }), 'too-big'],
  ] as const)('keeps %s stored answers aside, untouched, says so and offers them for download', async (_case, text, reason) => {
    const [question] = questions;
    if (!question) throw new Error('the fixture needs a question');
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await page.evaluate(([name, value]) => localStorage.setItem(name, value), [key, text] as const);
    await page.reload();
    await waitForIsland(page);
    const message = t('en', 'selfCheck.storage.unreadable', { reason: t('en', `selfCheck.storage.reason.${reason}`) });
    await expect.poll(() => page.locator('[data-kept]').textContent()).toBe(message);
    expect(await page.locator('[data-kept]').isVisible()).toBe(true);

    await answer(page, 'en', question.id, 'yes');
    await expect.poll(() => own(page)).toEqual({ [question.id]: 'yes' });
    expect(await page.evaluate((name) => localStorage.getItem(`${name}.unreadable`), key)).toBe(text);
    await page.reload();
    await waitForIsland(page);
    await expect.poll(() => page.locator('[data-kept]').textContent()).toBe(message);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('en', 'selfCheck.storage.download') }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(text);

    await page.getByRole('button', { name: t('en', 'selfCheck.storage.forget') }).click();
    await expect.poll(() => page.locator('[data-kept]').isHidden()).toBe(true);
    expect(await page.evaluate((name) => localStorage.getItem(`${name}.unreadable`), key)).toBeNull();
    expect(await checked(page, question.id)).toBe('yes');
  });

  it.each([
    ['full', 'QuotaExceededError'],
    ['unavailable', 'SecurityError'],
  ] as const)('says once, politely, when storage is %s, and keeps the answers in this tab', async (problem, name) => {
    const [first, second] = questions;
    if (!first || !second) throw new Error('the fixture needs two questions');
    const { page } = await openPage(browser());
    await page.addInitScript((errorName) => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', errorName);
      };
    }, name);
    await page.goto(`${fixtureUrl}/en/self-check/`);
    await waitForIsland(page);
    // Counts how often the notice is said: once, however many answers fail to save.
    await page.evaluate(() => {
      const notice = document.querySelector('[data-save-problem]');
      const said: string[] = [];
      Object.assign(window, { said });
      if (notice) new MutationObserver(() => said.push(notice.textContent ?? '')).observe(notice, { childList: true, characterData: true, subtree: true });
    });
    await answer(page, 'en', first.id, 'yes');
    await answer(page, 'en', second.id, 'no');
    const notice = page.locator('[data-save-problem]');
    await expect.poll(() => notice.textContent()).toBe(t('en', `selfCheck.storage.${problem}`));
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([t('en', `selfCheck.storage.${problem}`)]);
    expect([await checked(page, first.id), await checked(page, second.id)]).toEqual(['yes', 'no']);
    expect(await page.getByRole('link', { name: t('en', 'selfCheck.shareLink') }).getAttribute('href')).toContain('#answers=1');
  });
});
