import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { fixture, findUniqueWord, searchWords } from '../support/fixture-content.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// Where a result opens, one result per page, topic headings, typo correction and hostile direction marks, on the fixture
// site (test/fixtures/site): its glossary's tide-records (aliases "harbour logbook", 潮水日志) and fleet-size are mistake 3's.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

async function searchPage(page: Page, locale: 'en' | 'zh', query: string, extra = '') {
  await page.goto(`${fixtureUrl}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page, '.search--page');
}

/** Follows a result's link and checks that its target is on screen with a highlight inside it that a reader can see. */
async function expectLandedHighlighted(page: Page, link: string, target: string, highlighted: string): Promise<void> {
  await page.locator(`.search--page .search-hit a.search-hit__link[href="${link}"]`).click();
  await page.waitForURL((url) => url.hash === `#${target}`);
  const marks = page.locator(`[id="${target}"] mark.search-highlight`);
  await expect.poll(() => marks.allTextContents()).toContain(highlighted);
  expect(await marks.first().isVisible()).toBe(true);
  // Nothing hidden is marked: the aliases indexed with the page stay as they are.
  expect(await page.locator('[hidden] mark.search-highlight').count()).toBe(0);
  const box = await page.locator(`[id="${target}"]`).boundingBox();
  const height = await page.evaluate(() => window.innerHeight);
  expect(box && box.y >= 0 && box.y < height).toBe(true);
}

describe('a result opens where it matches', () => {
  const tides = fixture.getMistake('en', 3);

  it('opens the glossary at the entry holding every word, not the first entry holding one (en and zh)', async () => {
    const { page } = await openPage(browser());
    for (const [locale, query] of [
      ['en', 'customer owns'],
      ['zh', '客户拥有'],
    ] as const) {
      const { hits } = await searchPage(page, locale, query);
      const glossary = hits.find((hit) => new URL(hit.href, fixtureUrl).pathname === `/${locale}/glossary/`);
      expect(new URL(glossary?.href ?? '', fixtureUrl).hash, `${locale} ${query}`).toBe('#fleet-size');
    }
    const { hits } = await searchPage(page, 'en', 'customer owns');
    const href = hits.find((hit) => hit.href.includes('/en/glossary/'))?.href ?? '';
    await expectLandedHighlighted(page, href, 'fleet-size', 'owns');
  });

  it('opens a result found through an alias at the paragraph its term is used in, says so, and highlights the term', async () => {
    const { page } = await openPage(browser());
    for (const [locale, alias, term] of [
      ['en', 'harbour logbook', 'tide records'],
      ['zh', '潮水日志', '潮汐记录'],
    ] as const) {
      const { hits } = await searchPage(page, locale, alias);
      const paragraph = findUniqueWord(locale, term === 'tide records' ? 'tide records' : term).paragraph;
      expect(hits[0]?.href).toBe(`/${locale}/mistakes/${tides.slug}/?highlight=${encodeURIComponent(term).replace(/%20/g, '+')}#${paragraph}`);
      expect(await page.locator('.search--page .search-hit__alias').first().textContent()).toBe(t(locale, 'search.matchedAlias', { words: alias, term }));
      await expectLandedHighlighted(page, hits[0]?.href ?? '', paragraph, term);
    }
  });
});

describe('one result per page', () => {
  const english = findUniqueWord('en', searchWords.en);

  it("shows a mistake that matched in both languages once, in the reader's, the other language linked beside it", async () => {
    const { page } = await openPage(browser());
    for (const [locale, other] of [
      ['en', 'zh'],
      ['zh', 'en'],
    ] as const) {
      const { status, hits } = await searchPage(page, locale, `${searchWords.en} ${searchWords.zhTwinOfEn}`);
      expect(hits.map((hit) => new URL(hit.href, fixtureUrl).pathname)).toEqual([`/${locale}/mistakes/${english.mistake.slug}/`]);
      const also = page.locator('.search--page .search-hit__also');
      expect(await also.textContent()).toBe(t(locale, `search.also.${other}`));
      expect(new URL((await also.getAttribute('href')) ?? '', fixtureUrl).pathname).toBe(`/${other}/mistakes/${english.mistake.slug}/`);
      expect(status).toBe(t(locale, 'search.results', { count: 1, query: `${searchWords.en} ${searchWords.zhTwinOfEn}` }));
    }
  });

  it('lists a topic once per mistake, under a heading that names the topic', async () => {
    const { page } = await openPage(browser());
    const slugs = fixture
      .getMistakes('en')
      .filter((mistake) => mistake.topics.includes('assets'))
      .map((mistake) => mistake.slug);
    const { status, hits } = await searchPage(page, 'en', '', '&topic=assets');
    expect(hits.map((hit) => new URL(hit.href, fixtureUrl).pathname).sort()).toEqual(slugs.map((slug) => `/en/mistakes/${slug}/`).sort());
    expect(status).toBe(t('en', 'search.topicResults', { count: slugs.length, topic: t('en', 'topic.assets') }));
    expect(status).not.toContain('“”');
  });
});

describe('typo tolerance', () => {
  const english = findUniqueWord('en', searchWords.en);

  it('searches the nearest word of the index when the typed word finds nothing, keeps ?q= as typed, and offers the words as typed', async () => {
    const { page } = await openPage(browser());
    const typo = 'lighthuose';
    const vocabulary: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('vocabulary')) vocabulary.push(request.url());
    });
    const { status, hits } = await searchPage(page, 'en', typo);
    expect(new URL(hits[0]?.href ?? '', fixtureUrl).pathname).toBe(`/en/mistakes/${english.mistake.slug}/`);
    expect(status).toBe(`${t('en', 'search.corrected', { corrected: searchWords.en })} ${t('en', 'search.searchInstead', { query: typo })}`);
    expect(await page.locator('.search--page [data-search-status] em').allTextContents()).toEqual([searchWords.en, typo]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(typo);
    expect(vocabulary).toHaveLength(1);

    await page.locator('.search--page [data-search-instead]').click();
    await page.waitForURL((url) => url.searchParams.has('verbatim'));
    const verbatim = await readResults(page, '.search--page');
    expect(verbatim.hits).toEqual([]);
    expect(verbatim.status).toBe(t('en', 'search.noResults', { query: typo }));
  });

  it('fetches no vocabulary when the words are found', async () => {
    const { page } = await openPage(browser());
    const vocabulary: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('vocabulary')) vocabulary.push(request.url());
    });
    const { hits } = await searchPage(page, 'en', searchWords.en);
    expect(hits.length).toBeGreaterThan(0);
    expect(vocabulary).toEqual([]);
  });

  it('corrects a Chinese word mistyped by one character', async () => {
    const { page } = await openPage(browser());
    // 摸 for 模: a character the text never uses, typed for one it does.
    const [typo, meant] = ['船队规摸', '船队规模'];
    expect(fixture.findWord('zh', '摸')).toEqual([]);
    const { status, hits } = await searchPage(page, 'zh', typo);
    expect(hits.map((hit) => new URL(hit.href, fixtureUrl).pathname)).toContain(`/zh/mistakes/${fixture.findWord('zh', meant)[0]?.mistake.slug}/`);
    expect(status).toBe(`${t('zh', 'search.corrected', { corrected: meant })} ${t('zh', 'search.searchInstead', { query: typo })}`);
  });
});

describe('direction controls in a query', () => {
  it('are removed, and the echoed words are isolated so they cannot reorder the status line', async () => {
    const { page } = await openPage(browser());
    const { status } = await searchPage(page, 'en', `\u202e${searchWords.nowhere}\u2066`);
    expect(status).toBe(t('en', 'search.noResults', { query: searchWords.nowhere }));
    expect(await page.locator('.search--page [data-search-status] bdi').allTextContents()).toEqual([searchWords.nowhere]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(searchWords.nowhere);
  });
});
