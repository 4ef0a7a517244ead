import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

// The article's Traditional query list (issue: 繁體中文): everyday queries, and the mistake each means, which must come
// first from every variant. How folding works is tested on the fixture site (test/e2e/traditional-chinese.test.ts).
/** Everyday Traditional queries about the article, and the mistake each means: each must come first from every variant. */
const traditionalQueries: [string, string][] = [
  ['資產', 'segmenting-by-assets'],
  ['高資產', 'segmenting-by-assets'],
  ['葡萄酒', 'segmenting-by-calendar-time'],
  ['售後服務', 'segmenting-by-calendar-time'],
  ['風險偏好', 'segmenting-without-behavior-research'],
  ['客戶行為', 'segmenting-without-behavior-research'],
  ['產品類型', 'segmenting-by-product-type'],
  ['客戶價值', 'segmenting-by-value-blindly'],
  ['內在價值', 'segmenting-by-value-blindly'],
  ['諮詢', 'segmenting-for-its-own-sake'],
  ['一次性', 'one-off-segmentation'],
  // Readers' words of the synonym table (content/synonyms.yaml), typed in Traditional.
  ['顧客資產', 'segmenting-by-assets'],
  ['顧客的風險偏好', 'segmenting-without-behavior-research'],
  ['公司諮詢', 'segmenting-for-its-own-sake'],
];

const pathOf = (href: string | null) => new URL(href ?? '', baseUrl).pathname;

describe.each([
  ['en', 'zh'],
  ['zh', 'zh'],
  ['zh-hant', 'zh-hant'],
] as const)('a Traditional query typed into the header box of a %s page', (locale, shownAs) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser()));
    await page.goto(`${baseUrl}/${locale}/`);
  });

  it.each(traditionalQueries)(`%s finds %s first, as a ${shownAs} page`, async (query, slug) => {
    await page.locator('#search-panel-input').fill(query);
    const first = page.locator('.search--panel .search-hit').first();
    // The status quotes the query as the page's language does: “…” or, in Traditional, 「…」.
    await expect.poll(() => page.locator('.search--panel [data-search-status]').textContent()).toMatch(new RegExp(`[“「]${query}[”」]`));
    expect(pathOf(await first.locator('a.search-hit__link').getAttribute('href'))).toBe(`/${shownAs}/mistakes/${slug}/`);
    if (shownAs === 'zh-hant') {
      // Shown in the reader's script: the excerpt and title are Traditional, as the page they lead to.
      const text = (await first.textContent()) ?? '';
      expect(toTraditional(text)).toBe(text);
    }
  });
});
