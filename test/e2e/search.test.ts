import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';
import { readResults, type Hit } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// How search works, on the fixture site; the real article's own query list is test/article/search-queries.test.ts.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const english = findUniqueWord('en', searchWords.en);

/** Opens the search page for a query and waits for its results (or its message). */
async function searchPage(page: Page, locale: 'en' | 'zh', query: string, extra = ''): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${fixtureUrl}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page, '.search--page');
}

const pathOf = (href: string | null | undefined) => new URL(href ?? '', fixtureUrl).pathname;

// Finding a word from a page in either language, each result labelled and linked to its counterpart, in three engines:
// test/engines/specs/search.spec.ts. Here: grouping, highlighting, topics and failures, in Chromium.
describe('search results in two languages', () => {
  it("shows a mistake found in both languages in the page's language (the other is its 'also' link: search-landing.test.ts)", async () => {
    const { page } = await openPage(browser());
    expect(findUniqueWord('zh', searchWords.zhTwinOfEn).mistake.slug).toBe(english.mistake.slug);
    for (const locale of ['en', 'zh'] as const) {
      const { hits } = await searchPage(page, locale, `${searchWords.en} ${searchWords.zhTwinOfEn}`);
      expect(hits.map((hit) => pathOf(hit.href))).toEqual([`/${locale}/mistakes/${english.mistake.slug}/`]);
      expect(hits[0]?.label).toBeNull();
    }
  });
});

describe('search page', () => {
  it('links a result to the matched paragraph, and highlights the words on arrival', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const { hits } = await searchPage(page, 'en', searchWords.en);
    const target = `/en/mistakes/${english.mistake.slug}/?highlight=${searchWords.en}#${english.paragraph}`;
    expect(hits[0]?.href).toBe(target);
    await page.locator('.search--page a.search-hit__link').first().click();
    await page.waitForURL(`**${target}`);
    await expect.poll(() => page.locator(`#${english.paragraph} mark.search-highlight`).allTextContents()).toEqual([searchWords.en]);
    expect(foreignRequests).toEqual([]);
  });

  it('highlights a Chinese query as typed, not cut into characters', async () => {
    const { page } = await openPage(browser());
    const [holder] = fixture.findWord('zh', searchWords.zhPhrase);
    await page.goto(`${fixtureUrl}/zh/mistakes/${holder?.mistake.slug}/?highlight=${encodeURIComponent(searchWords.zhPhrase)}`);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(2);
    expect(new Set(await page.locator('mark.search-highlight').allTextContents())).toEqual(new Set([searchWords.zhPhrase]));
  });

  it('filters by topic, with localized topic names, and keeps the filter in the URL', async () => {
    const { page } = await openPage(browser());
    const timely = fixture.getMistakes('zh').filter((mistake) => mistake.topics.includes('time'));
    expect(timely).toHaveLength(1);
    const { hits } = await searchPage(page, 'zh', '', '&topic=time');
    expect(hits.map((hit) => pathOf(hit.href))).toEqual([`/zh/mistakes/${timely[0]?.slug}/`]);
    expect(pathOf(await page.locator('.search--page .search-hit__also').getAttribute('href'))).toBe(`/en/mistakes/${timely[0]?.slug}/`);
    expect(await page.locator('.search--page select option:checked').textContent()).toBe(t('zh', 'topic.time'));

    const word = '客户';
    expect(fixture.findWord('zh', word).length).toBe(fixture.getMistakes('zh').length);
    await page.locator('.search--page input[type="search"]').fill(word);
    await page.locator('.search--page select').selectOption('assets');
    await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent(word)}&topic=assets`);
    const filtered = await readResults(page, '.search--page');
    const slugs = fixture
      .getMistakes('zh')
      .filter((mistake) => mistake.topics.includes('assets'))
      .map((mistake) => mistake.slug);
    expect(slugs.length).toBeGreaterThan(1);
    const paths = filtered.hits.map((hit) => pathOf(hit.href));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !slugs.some((slug) => path.endsWith(`/mistakes/${slug}/`)))).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { page } = await openPage(browser());
    expect(fixture.findWord('en', searchWords.nowhere)).toEqual([]);
    const { status, hits } = await searchPage(page, 'zh', searchWords.nowhere);
    expect(hits).toEqual([]);
    expect(status).toBe(t('zh', 'search.noResults', { query: searchWords.nowhere }));
  });

  it('says so when the index cannot be loaded', async () => {
    const { page } = await openPage(browser());
    await page.route('**/pagefind/**', (route) => route.abort());
    const { status, hits } = await searchPage(page, 'en', searchWords.en);
    expect(hits).toEqual([]);
    expect(status).toBe(t('en', 'search.error'));
  });

  it('has no accessibility violations with results shown', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    const { hits } = await searchPage(page, 'en', `${searchWords.zh} ${searchWords.en}`);
    expect(hits.length).toBeGreaterThan(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
