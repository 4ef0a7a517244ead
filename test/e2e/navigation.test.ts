import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const mistakes = fixture.getMistakes('en');
// A mistake with a previous and a next one, and a related one.
const middle = mistakes[1];
if (!middle || mistakes.length < 3) throw new Error('the fixture needs three mistakes or more');
const next = fixture.getMistake('en', middle.number + 1);
const related = mistakes.find((mistake) => mistake.slug === middle.related[0]);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('navigation between mistakes', () => {
  it('moves through previous, next, related and back to the index', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/mistakes/${middle.slug}/`);
    await expect.poll(() => page.getByText(t('en', 'mistake.position', { number: middle.number, total: mistakes.length })).count()).toBe(1);
    await page.getByRole('link', { name: new RegExp(`${t('en', 'mistake.next')} ${escape(next.title)}`) }).click();
    await page.waitForURL(`**/en/mistakes/${next.slug}/`);
    await page.getByRole('link', { name: new RegExp(`${t('en', 'mistake.previous')} ${escape(middle.title)}`) }).click();
    await page.waitForURL(`**/en/mistakes/${middle.slug}/`);
    if (!related) throw new Error('the fixture mistake has no related mistake');
    await page
      .getByRole('navigation', { name: t('en', 'mistake.related') })
      .getByRole('link', { name: new RegExp(escape(related.title)) })
      .click();
    await page.waitForURL(`**/en/mistakes/${related.slug}/`);
    await page.getByRole('link', { name: t('en', 'mistake.backToIndex') }).click();
    await page.waitForURL('**/en/');
    expect(await page.locator('.mistake-list__item').count()).toBe(mistakes.length);
  });

  it('numbers a Chinese mistake in Chinese', async () => {
    const { page } = await openPage(browser());
    const mistake = fixture.getMistake('zh', middle.number);
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);
    expect(await page.locator('.article__position').textContent()).toContain(t('zh', 'mistake.label', { number: mistake.number }));
    expect(await page.locator('h1').textContent()).toBe(mistake.title);
  });
});
