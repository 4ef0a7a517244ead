import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { typeQuery } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

// The article's own search list: what readers type, and the mistake (by slug) they mean. Each must come first, in
// the page's language. Editing the article may change this list; test/e2e/search.test.ts tests how search works.
const englishQueries: [string, string][] = [
  ['wine', 'segmenting-by-calendar-time'],
  ['vintage', 'segmenting-by-calendar-time'],
  ['after-sales service', 'segmenting-by-calendar-time'],
  ['asset', 'segmenting-by-assets'],
  ['assets', 'segmenting-by-assets'],
  ['pestered', 'segmenting-by-assets'],
  ['risk appetite', 'segmenting-without-behavior-research'],
  ['customer behavior', 'segmenting-without-behavior-research'],
  ['product label', 'segmenting-by-product-type'],
  ['goal', 'segmenting-for-its-own-sake'],
  ['consulting', 'segmenting-for-its-own-sake'],
  ['intrinsic value', 'segmenting-by-value-blindly'],
  ['one-off', 'one-off-segmentation'],
  ['continuous process', 'one-off-segmentation'],
  // Readers' words the text does not use, which reach the index through the glossary's aliases.
  ['rich clients', 'segmenting-by-assets'],
  ['big spenders', 'segmenting-by-assets'],
  ['wealthy customers', 'segmenting-by-assets'],
  ['objectives', 'segmenting-for-its-own-sake'],
  ['tagging customers', 'segmenting-by-product-type'],
  // Readers' words that reach the text through the stemmer, the British spellings (src/lib/search/spelling-variants.ts)
  // and the synonym table (content/synonyms.yaml).
  ['behavioural', 'segmenting-without-behavior-research'],
  ['behaviours', 'segmenting-without-behavior-research'],
  ['labelled products', 'segmenting-by-product-type'],
  ['labels', 'segmenting-by-product-type'],
  ['vintages', 'segmenting-by-calendar-time'],
  ['wines', 'segmenting-by-calendar-time'],
  ['clients assets', 'segmenting-by-assets'],
  ['consumers behavior', 'segmenting-without-behavior-research'],
  ['buyers risk appetite', 'segmenting-without-behavior-research'],
  ['enterprise consulting', 'segmenting-for-its-own-sake'],
];
const chineseQueries: [string, string][] = [
  ['资产', 'segmenting-by-assets'],
  ['高资产', 'segmenting-by-assets'],
  ['葡萄酒', 'segmenting-by-calendar-time'],
  ['年份', 'segmenting-by-calendar-time'],
  ['售后服务', 'segmenting-by-calendar-time'],
  ['风险', 'segmenting-without-behavior-research'],
  ['风险偏好', 'segmenting-without-behavior-research'],
  ['客户行为', 'segmenting-without-behavior-research'],
  ['产品标贴', 'segmenting-by-product-type'],
  ['目标', 'segmenting-for-its-own-sake'],
  ['咨询', 'segmenting-for-its-own-sake'],
  ['客户价值', 'segmenting-by-value-blindly'],
  ['内在价值', 'segmenting-by-value-blindly'],
  ['一次性', 'one-off-segmentation'],
  ['持续', 'one-off-segmentation'],
  ['有钱的客户', 'segmenting-by-assets'],
  ['富裕客户', 'segmenting-by-assets'],
  ['客户标签', 'segmenting-by-product-type'],
  // Readers' words of the synonym table (content/synonyms.yaml).
  ['顾客资产', 'segmenting-by-assets'],
  ['用户行为习惯', 'segmenting-without-behavior-research'],
  ['公司咨询', 'segmenting-for-its-own-sake'],
  ['区隔目标', 'segmenting-for-its-own-sake'],
  ['顾客的风险偏好', 'segmenting-without-behavior-research'],
];

describe.each([
  ['en', englishQueries],
  ['zh', chineseQueries],
] as const)('search on the %s search page finds the right mistake first', (locale, queries) => {
  let page: Page | undefined;
  beforeAll(async () => {
    ({ page } = await openPage(browser()));
    await page.goto(`${baseUrl}/${locale}/search/`);
  });

  // Typed into the page's box, as a reader does; each query's results replace the last one's.
  it.each(queries)('%s → %s', async (query, slug) => {
    if (!page) throw new Error('no page');
    const { hits } = await typeQuery(page, query);
    expect(new URL(hits[0]?.href ?? '', baseUrl).pathname).toBe(`/${locale}/mistakes/${slug}/`);
  });
});
