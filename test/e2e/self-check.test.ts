import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

/** Answers one question by clicking the label of a choice, as a reader does. */
async function answer(page: Page, questionId: string, choice: 'Yes' | 'No' | 'Not sure' | '是' | '否' | '不确定') {
  await page.locator(`fieldset#${questionId}`).getByLabel(choice, { exact: true }).check();
}

const status = (page: Page) => page.locator('kb-self-check [role="status"]');

/** Waits for the island to have run: the result heading shows only then. */
async function waitForIsland(page: Page) {
  await page.locator('.self-check__result-heading').waitFor({ state: 'visible' });
}

describe('self-check page', () => {
  it('scores answers, links the risks to their paragraphs, keeps answers over a reload and clears them', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/en/self-check/`);
    await waitForIsland(page);
    expect(await status(page).textContent()).toBe('Answer the questions to see which mistakes your team is at risk of.');

    await answer(page, 'q-3-1', 'Yes'); // risky: pushing products at high-asset customers
    await expect.poll(() => status(page).textContent()).toBe('1 of 7 risks: your answers point to one mistake. 1 of 15 questions answered.');
    await answer(page, 'q-7-1', 'No'); // risky: no regular review
    await answer(page, 'q-5-1', 'Not sure');
    await answer(page, 'q-1-2', 'Yes'); // safe
    const expected = '2 of 7 risks: your answers point to 2 mistakes. 1 more to check. 4 of 15 questions answered.';
    await expect.poll(() => status(page).textContent()).toBe(expected);

    const risks = page.getByRole('list', { name: 'At risk' }).getByRole('link');
    expect(await risks.allTextContents()).toEqual(['Mistake 3: Segmenting customers by their assets', 'Mistake 7: One-off segmentation that never changes']);
    expect(await risks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/en/mistakes/segmenting-by-assets/#p-3-1',
      '/en/mistakes/one-off-segmentation/#p-7-1',
    ]);
    const checks = page.getByRole('list', { name: 'Worth checking' }).getByRole('link');
    expect(await checks.allTextContents()).toEqual(['Mistake 5: Segmenting without studying customer behavior']);

    await page.reload();
    await waitForIsland(page);
    await expect.poll(() => status(page).textContent()).toBe(expected);
    expect(await page.locator('fieldset#q-3-1').getByLabel('Yes', { exact: true }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Your answers are cleared. Answer the questions to see which mistakes your team is at risk of.');
    expect(await page.locator('kb-self-check input:checked').count()).toBe(0);
    await page.reload();
    await waitForIsland(page);
    expect(await page.locator('kb-self-check input:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('opens a share link made in English in Chinese, with the same result, without saving it', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/self-check/`);
    await waitForIsland(page);
    await answer(page, 'q-2-1', 'Yes');
    await answer(page, 'q-6-2', 'Yes');
    await answer(page, 'q-4-2', 'Not sure');
    const share = await page.getByRole('link', { name: 'Link to these answers' }).getAttribute('href');
    expect(share).toBe('/en/self-check/#answers=1---y----u---y--');

    const { page: other } = await openPage(browser());
    await other.goto(`${baseUrl}${share?.replace('/en/', '/zh/')}`);
    await waitForIsland(other);
    await expect.poll(() => status(other).textContent()).toBe('7个错误中，有2个存在风险。 另有1个有待核实。 已回答3/15题。');
    expect(await other.getByRole('alert').textContent()).toContain('这些回答来自分享链接');
    expect(await other.getByRole('list', { name: '存在风险' }).getByRole('link').allTextContents()).toEqual([
      '错误2: 按购买的产品类型细分',
      '错误6: 盲目进行客户价值细分',
    ]);
    expect(await other.locator('fieldset#q-2-1').getByLabel('是', { exact: true }).isChecked()).toBe(true);
    // Shared answers are not the reader's own until they change one.
    expect(await other.evaluate(() => localStorage.getItem('kb-self-check'))).toBeNull();
    await answer(other, 'q-1-1', '否');
    await expect.poll(() => other.evaluate(() => location.hash)).toBe('');
    expect(await other.getByRole('alert').isHidden()).toBe(true);
    expect(JSON.parse((await other.evaluate(() => localStorage.getItem('kb-self-check'))) ?? '{}').answers).toMatchObject({ 'q-1-1': 'no', 'q-2-1': 'yes' });
  });

  it.each([
    ['wrong length', '1yyn', 'it has the wrong number of answers.'],
    ['unknown codes', `1${'y'.repeat(14)}x`, 'it holds answers this self-check does not know.'],
    ['10,000 characters', `1${'y'.repeat(9_999)}`, 'it is far too long.'],
    ['markup', encodeURIComponent('<img src=x onerror=alert(1)>'), 'it was not made by this self-check.'],
  ])('ignores a share link with %s, with a visible notice', async (_case, code, reason) => {
    const { page } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(`${baseUrl}/en/self-check/#answers=${code}`);
    await waitForIsland(page);
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toBe(`This share link could not be read, so it was ignored: ${reason} Showing your own answers instead.`);
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('kb-self-check img').count()).toBe(0);
    expect(await status(page).textContent()).toBe('Answer the questions to see which mistakes your team is at risk of.');
    expect(errors).toEqual([]);
  });

  it('passes axe-core with a result, a notice and answers shown', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(`${baseUrl}/zh/self-check/#answers=1yyyyyyyyyyyyyyy`);
    await waitForIsland(page);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('is a readable checklist with links to each mistake without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/self-check/`);
    // Chromium's emulated no-JavaScript mode still parses <noscript> as raw text, so read it rather than look for it on screen.
    expect(await page.locator('noscript').textContent()).toContain('JavaScript is off, so this page works as a printable checklist');
    expect(await page.getByRole('group').count()).toBe(15);
    expect(await page.getByRole('group', { name: 'We segmented our customers with a systematic method, not by dividing them up as we went along.' }).getByRole('radio').count()).toBe(3);
    const headings = page.getByRole('heading', { level: 2 }).getByRole('link');
    expect(await headings.count()).toBe(7);
    expect(await headings.first().getAttribute('href')).toBe('/en/mistakes/segmenting-for-its-own-sake/');
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('takes keyboard focus through the questions, shows where it is, and lets it out again', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/self-check/`);
    await waitForIsland(page);
    await page.locator('fieldset#q-1-1 input').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('fieldset#q-1-1 input:checked').getAttribute('value')).toBe('no');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return { name: input?.name, outline: input?.closest('label') ? getComputedStyle(input.closest('label') as Element).outlineStyle : '' };
    });
    expect(focused).toEqual({ name: 'q-1-2', outline: 'solid' });
    let left = false;
    for (let presses = 0; presses < 60 && !left; presses += 1) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => document.activeElement?.closest('kb-self-check') === null);
    }
    expect(left).toBe(true);
  });
});

describe('self-check on a mistake page', () => {
  it('loads its script only once the questions come into view, and shares answers with the full self-check', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 600 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-calendar-time/`, { waitUntil: 'networkidle' });
    const island = () => scripts.filter((path) => path.includes('self-check-element'));
    expect(island()).toEqual([]);

    await page.locator('kb-self-check').scrollIntoViewIfNeeded();
    await expect.poll(() => island().length).toBe(1);
    await page.locator('fieldset#q-4-1').getByLabel('是', { exact: true }).check();
    await expect.poll(() => status(page).textContent()).toBe('从你的回答看，你们可能犯了这个错误。');

    await page.getByRole('link', { name: '完成完整的自查，涵盖全部七个错误' }).click();
    await page.waitForURL('**/zh/self-check/#segmenting-by-calendar-time');
    await waitForIsland(page);
    await expect.poll(() => status(page).textContent()).toBe('7个错误中，有1个存在风险。 已回答1/15题。');
  });
});
