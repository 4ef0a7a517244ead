import { describe, expect, inject, it } from 'vitest';
import { getSearchBundlePath, searchRuntimePath } from '../../src/lib/search/bundle-path.ts';
import { openPage } from '../support/browser.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

// The header's search box on every page (the search page itself: search.test.ts).
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const english = findUniqueWord('en', searchWords.en);
const chinese = findUniqueWord('zh', searchWords.zh);
const pathOf = (href: string | null | undefined) => new URL(href ?? '', fixtureUrl).pathname;

describe('search box in the header', () => {
  it('loads nothing for search until the reader starts; / focuses it; results open by keyboard', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${fixtureUrl}/en/mistakes/${fixture.getMistake('en', 1).slug}/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-element'))).toEqual([]);

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-panel-input');
    await page.keyboard.type(searchWords.en);
    const { hits } = await readResults(page, '.search--panel');
    expect(pathOf(hits[0]?.href)).toBe(`/en/mistakes/${english.mistake.slug}/`);
    expect(requested.some((path) => path.endsWith(`${searchRuntimePath}pagefind.js`))).toBe(true);
    expect(requested.some((path) => path.endsWith('pagefind-worker.js'))).toBe(false);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hits[0]?.href);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/mistakes/${english.mistake.slug}/?highlight=${searchWords.en}#${english.paragraph}`);
    expect(foreignRequests).toEqual([]);
  });

  it('fetches the reader’s index on focus, where it is one file (the fixture’s is), and another language’s only for a query in its script', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/zh-hant/mistakes/${fixture.getMistake('zh', 1).slug}/`, { waitUntil: 'networkidle' });
    const indexes: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.pf_index')) indexes.push(`${path.split('/index/')[0] ?? path}/`);
    });
    const bundle = (locale: 'en' | 'zh') => getSearchBundlePath(locale);
    await page.locator('#search-panel-input').focus();
    await expect.poll(() => indexes).toContain(bundle('zh'));
    expect(await page.locator('#search-panel-input').inputValue()).toBe('');

    await page.locator('#search-panel-input').fill(searchWords.zh);
    await readResults(page, '.search--panel');
    expect(indexes.filter((path) => path !== `${searchRuntimePath.slice(0, -1)}/`)).toEqual([bundle('zh')]);

    await page.locator('#search-panel-input').fill(searchWords.en);
    const { hits } = await readResults(page, '.search--panel');
    expect(pathOf(hits[0]?.href)).toBe(`/en/mistakes/${english.mistake.slug}/`);
    expect(indexes.filter((path) => path !== `${searchRuntimePath.slice(0, -1)}/`)).toEqual([bundle('zh'), bundle('en')]);
  });

  it('closes with Escape and leaves focus in the box', async () => {
    const { page } = await openPage(browser(), { locale: 'zh-CN' });
    await page.goto(`${fixtureUrl}/zh/`);
    await page.locator('#search-panel-input').fill(searchWords.zh);
    await readResults(page, '.search--panel');
    expect(await page.locator('#search-panel-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-panel-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-panel-input');
  });

  it('submits to the search page, which shows the same query', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/zh/mistakes/${fixture.getMistake('zh', 1).slug}/`);
    await page.locator('#search-panel-input').fill(searchWords.zh);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh/search/?q=${encodeURIComponent(searchWords.zh)}`);
    const { hits } = await readResults(page, '.search--page');
    expect(pathOf(hits[0]?.href)).toBe(`/zh/mistakes/${chinese.mistake.slug}/`);
  });
});
