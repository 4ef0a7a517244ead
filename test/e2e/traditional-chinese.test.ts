import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

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

describe('reading in three scripts', () => {
  it('switches English → 繁體 → 简体 → 繁體 and stays on the same paragraph', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/mistakes/segmenting-by-assets/#p-3-2`);
    for (const [name, path] of [
      ['繁體', '/zh-hant/'],
      ['简体', '/zh/'],
      ['繁體', '/zh-hant/'],
      ['English', '/en/'],
    ] as const) {
      await page.locator('.site-nav').getByRole('link', { name }).click();
      await page.waitForURL(`**${path}mistakes/segmenting-by-assets/#p-3-2`);
      expect(await page.locator('html').getAttribute('lang')).toBe({ '/zh-hant/': 'zh-Hant', '/zh/': 'zh-CN', '/en/': 'en' }[path]);
    }
  });

  it('says on every Traditional page that it is converted, and links to the Simplified original at the same place', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh-hant/mistakes/segmenting-by-assets/#p-3-2`);
    expect(await page.locator('h1').textContent()).toBe(toTraditional('按资产进行客户细分'));
    await page.getByRole('link', { name: '閱讀簡體原文' }).click();
    await page.waitForURL('**/zh/mistakes/segmenting-by-assets/#p-3-2');
    expect(await page.locator('h1').textContent()).toBe('按资产进行客户细分');
  });

  it('puts 繁體 beside English in the parallel view', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh-hant/parallel/segmenting-by-assets/`);
    expect(await page.locator('#p-3-1 .parallel__cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('lang')))).toEqual(['zh-Hant', 'en']);
  });

  it('opens a self-check share link from any variant in the others', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh-hant/self-check/`);
    await page.locator('fieldset#q-3-1').getByLabel('是', { exact: true }).check();
    const share = (await page.locator('[data-share]').getAttribute('href')) ?? '';
    const hash = new URL(share, baseUrl).hash;
    for (const locale of ['en', 'zh', 'zh-hant']) {
      const { page: other } = await openPage(browser());
      await other.goto(`${baseUrl}/${locale}/self-check/${hash}`);
      await other.locator('.self-check__result-heading').waitFor({ state: 'visible' });
      expect(await other.locator('fieldset#q-3-1 input[value="yes"]').isChecked(), locale).toBe(true);
      await other.context().close();
    }
  });

  it('sends /zh-tw/ and /zh-hk/ addresses, fragment and all, to /zh-hant/', async () => {
    const { page } = await openPage(browser());
    for (const alias of ['zh-tw', 'zh-hk']) {
      await page.goto(`${baseUrl}/${alias}/mistakes/segmenting-by-assets/#p-3-2`);
      await page.waitForURL('**/zh-hant/mistakes/segmenting-by-assets/#p-3-2');
    }
  });

  it.each(['zh-TW', 'zh-HK'])('sends a reader whose browser prefers %s from the chooser to 繁體', async (browserLocale) => {
    const { page } = await openPage(browser(), { locale: browserLocale });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/zh-hant/');
  });
});
