import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

// Words readers type that the text spells or says otherwise, on the fixture site (test/fixtures/site): mistake 3,
// "Ignoring the tide records", writes "behaviour", "sails" and "captain" (zh 船队); its synonym table
// (test/fixtures/site/content/synonyms.yaml) maps skipper(s) → captain and 舰队 → 船队.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe("a reader's own words find the mistake that means them, first", () => {
  it.each([
    ['en', 'behavioral', 'an American spelling of the text’s British “behaviour”', 'en'],
    ['en', 'behavioural', 'a British spelling, as the text writes it', 'en'],
    ['en', 'sailing captains', 'inflections of “sails” and “captain”', 'en'],
    ['en', 'Skippers', 'a synonym from the table, capitalised', 'en'],
    ['zh', '舰队规模', 'a synonym from the table (船队规模)', 'zh'],
    ['zh-hant', '艦隊規模', 'the synonym typed in Traditional characters', 'zh-hant'],
  ])('on the %s search page, “%s” (%s) finds Ignoring the tide records first', async (locale, query, _why, shownAs) => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${locale}/search/?q=${encodeURIComponent(query)}`);
    const { hits } = await readResults(page, '.search--page');
    expect(new URL(hits[0]?.href ?? '', fixtureUrl).pathname).toBe(`/${shownAs}/mistakes/ignoring-the-tides/`);
    await page.context().close();
  });

  it('opens a synonym’s result on the paragraph that uses the article’s word', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/search/?q=skipper`);
    const { hits } = await readResults(page, '.search--page');
    expect(new URL(hits[0]?.href ?? '', fixtureUrl).hash).toBe('#p-3-3');
    await page.context().close();
  });
});
