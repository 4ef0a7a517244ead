import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('the whole article', () => {
  it('holds the introduction and every mistake, each heading linking to its page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/article/`);
    const ids = await page.locator('[data-paragraph]').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
    const mistakes = fixture.getMistakes('en');
    expect(ids).toEqual([fixture.getIntroduction('en'), ...mistakes].flatMap((entry) => entry.paragraphs));
    const last = mistakes.at(-1) ?? fixture.getMistake('en', 1);
    await page
      .getByRole('heading', { name: new RegExp(`${t('en', 'mistake.label', { number: last.number })}\\b`) })
      .getByRole('link')
      .click();
    await page.waitForURL(`**/en/mistakes/${last.slug}/`);
  });

  it('keeps the paragraph when switching language', async () => {
    const { page } = await openPage(browser());
    const paragraph = fixture.getMistake('en', 2).paragraphs[0];
    await page.goto(`${fixtureUrl}/en/article/#${paragraph}`);
    await page.getByRole('link', { name: new RegExp(t('zh', 'language.name')) }).click();
    await page.waitForURL(`**/zh/article/#${paragraph}`);
    expect(await page.locator('p:target').getAttribute('id')).toBe(paragraph);
  });
});
