import { describe, expect, inject, it } from 'vitest';
import { maxQueryLength } from '../../src/lib/search/query.ts';
import { openPage } from '../support/browser.ts';
import { searchWords } from '../support/fixture-content.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// Whatever arrives in the search page's ?q= is shown as text, never run, and cut to a sane length.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('hostile ?q=', () => {
  it.each([
    ['markup', '<img src=x onerror="window.__pwned=1">'],
    ['a script', '"><script>window.__pwned=1</script>'],
    ['a javascript: URL', 'javascript:window.__pwned=1'],
  ])('shows %s as text and runs nothing', async (_name, query) => {
    const { page } = await openPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${fixtureUrl}/en/search/?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    const { status } = await readResults(page, '.search--page');
    expect(status).toContain(query);
    expect(await page.locator('.search--page input[type="search"]').inputValue()).toBe(query);
    expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it(`cuts a 1,000-character query to ${maxQueryLength} and says so`, async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/search/?q=${encodeURIComponent(`${searchWords.en} `.repeat(Math.ceil(1000 / (searchWords.en.length + 1))))}`);
    const { status } = await readResults(page, '.search--page');
    expect(status).toContain(t('en', 'search.truncated', { count: maxQueryLength }));
  });

  it('shows the prompt for an empty query', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/search/?q=`);
    await expect.poll(() => page.locator('.search--page [data-search-status]').textContent()).toBe(t('en', 'search.prompt'));
    expect(await page.locator('.search--page .search-hit').count()).toBe(0);
  });
});
