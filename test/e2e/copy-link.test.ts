import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const mistake = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
const url = () => `${fixtureUrl}/zh/mistakes/${mistake.slug}/`;

describe('copy link', () => {
  it('puts the page URL on the clipboard and says so', async () => {
    const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${url()}#${mistake.paragraphs[0]}`);
    await page.getByRole('button', { name: t('zh', 'copyLink.button') }).click();
    await expect.poll(() => page.locator('kb-copy-link [role="status"]').textContent()).toBe(t('zh', 'copyLink.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url());
  });

  it('falls back to a selected field with the URL where the Clipboard API is missing', async () => {
    const { page } = await openPage(browser());
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(url());
    await page.getByRole('button', { name: t('zh', 'copyLink.button') }).click();
    const field = page.getByRole('textbox', { name: t('zh', 'copyLink.fieldLabel') });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(url());
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length)).toBe(true);
    await expect.poll(() => page.locator('kb-copy-link [role="status"]').textContent()).toBe(t('zh', 'copyLink.fallback'));
  });

  it('is not offered without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.getByRole('button', { name: t('zh', 'copyLink.button') }).count()).toBe(0);
  });
});
