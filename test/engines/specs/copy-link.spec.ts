import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import { fixture } from '../../support/fixture-content.ts';
import type { EngineName, EnginePage } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';

const t = useTranslations('zh');
const mistake = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
const path = `/zh/mistakes/${mistake.slug}/`;

const status = (page: EnginePage) => page.evaluate(() => document.querySelector('kb-copy-link [role="status"]')?.textContent ?? '', null);

/** Copy link in one engine (test/engines/<engine>.test.ts). */
export function describeCopyLink(name: EngineName): void {
  describe('copy link', () => {
    const site = useSite();
    const { page } = usePage(name);
    expectNoErrorsAfterEach(page);

    it('copies the address of the page, without the paragraph the reader is at, and says so', async () => {
      await page().goto(`${site().origin}${path}#${mistake.paragraphs[0] ?? ''}`);
      await page().click({ role: 'button', name: t('copyLink.button'), exact: true });
      await expect.poll(() => status(page())).toBe(t('copyLink.copied'));
      // Scripts may not read the clipboard in every engine; a reader's paste may.
      await page().click({ role: 'searchbox', within: 'kb-search[data-mode="panel"]' });
      await page().paste();
      expect(await page().evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement.value : ''), null)).toBe(
        `${site().origin}${path}`,
      );
    });

    it('shows the address in a selected field where the clipboard is refused', async () => {
      await page().goto(`${site().origin}${path}`);
      await page().evaluate(() => {
        const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: refuse } });
      }, null);
      await page().click({ role: 'button', name: t('copyLink.button'), exact: true });
      await expect.poll(() => status(page())).toBe(t('copyLink.fallback'));
      const field = await page().evaluate((label) => {
        const input = [...document.querySelectorAll('kb-copy-link input')].find(
          (element): element is HTMLInputElement =>
            element instanceof HTMLInputElement && [...(element.labels ?? [])].some((l) => l.textContent?.trim() === label),
        );
        return (
          input && {
            value: input.value,
            visible: input.getClientRects().length > 0,
            focused: document.activeElement === input,
            selected: input.selectionStart === 0 && input.selectionEnd === input.value.length,
          }
        );
      }, t('copyLink.fieldLabel'));
      expect(field).toEqual({ value: `${site().origin}${path}`, visible: true, focused: true, selected: true });
    });
  });
}
