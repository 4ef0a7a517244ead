import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
// A mistake with two paragraphs or more, the second without a link: the test tabs from the first paragraph's ¶ to the second's.
const mistake = fixture.getMistakes('en').find((entry) => entry.paragraphs.length >= 2 && !entry.markdown[1]?.includes(']('));
if (!mistake) throw new Error('the fixture needs a mistake with two paragraphs');
const [first = '', second = ''] = mistake.paragraphs;

describe('paragraph permalinks', () => {
  it('show a ¶ on keyboard focus and on hover that links to the paragraph', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixtureUrl}/en/mistakes/${mistake.slug}/`);
    const permalink = page.getByRole('link', { name: t('en', 'permalink.label') }).nth(1);
    const opacity = () => permalink.evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    // Tab from the paragraph before: a keyboard reader reaches the ¶ in reading order.
    await page.locator(`#${first} .permalink`).focus();
    await page.keyboard.press('Tab');
    expect(await permalink.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(opacity).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/mistakes/${mistake.slug}/#${second}`);
    expect(await page.locator('p:target').getAttribute('id')).toBe(second);

    await page.mouse.move(0, 0);
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator(`#${first}`).hover();
    await expect.poll(() => page.locator(`#${first} .permalink`).evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  });

  it('are named in the page language and left out of copied text', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);
    expect(await page.getByRole('link', { name: t('zh', 'permalink.label') }).count()).toBe(mistake.paragraphs.length);
    const copied = await page.evaluate((id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id) as HTMLElement);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }, second);
    expect(copied).not.toContain('¶');
    expect(copied).toContain(fixture.getParagraphText('zh', second).slice(0, 12));
  });
});
