import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { findAccessibilityViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

const slugs = {
  1: 'segmenting-for-its-own-sake',
  2: 'segmenting-by-product-type',
  3: 'segmenting-by-assets',
  4: 'segmenting-by-calendar-time',
  5: 'segmenting-without-behavior-research',
  6: 'segmenting-by-value-blindly',
  7: 'one-off-segmentation',
} as const;
type MistakeNumber = keyof typeof slugs;

/** What readers type, and the mistake they mean. Each must come first, in the page's language. */
const englishQueries: [string, MistakeNumber][] = [
  ['wine', 4],
  ['vintage', 4],
  ['after-sales service', 4],
  ['asset', 3],
  ['assets', 3],
  ['pestered', 3],
  ['risk appetite', 5],
  ['customer behavior', 5],
  ['product label', 2],
  ['goal', 1],
  ['consulting', 1],
  ['intrinsic value', 6],
  ['one-off', 7],
  ['continuous process', 7],
  // Readers' words the text does not use, which reach the index through the glossary's aliases.
  ['rich clients', 3],
  ['big spenders', 3],
  ['wealthy customers', 3],
  ['objectives', 1],
  ['tagging customers', 2],
];
const chineseQueries: [string, MistakeNumber][] = [
  ['资产', 3],
  ['高资产', 3],
  ['葡萄酒', 4],
  ['年份', 4],
  ['售后服务', 4],
  ['风险', 5],
  ['风险偏好', 5],
  ['客户行为', 5],
  ['产品标贴', 2],
  ['目标', 1],
  ['咨询', 1],
  ['客户价值', 6],
  ['内在价值', 6],
  ['一次性', 7],
  ['持续', 7],
  ['有钱的客户', 3],
  ['富裕客户', 3],
  ['客户标签', 2],
];

interface Hit {
  href: string;
  lang: string;
  label: string | null;
  counterpart: string | null;
}

/** Opens the search page for a query and waits for its results (or its message). */
async function searchPage(page: Page, locale: 'en' | 'zh', query: string, extra = ''): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${baseUrl}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page, '.search--page');
}

async function readResults(page: Page, scope: string): Promise<{ status: string; hits: Hit[] }> {
  const status = page.locator(`${scope} [data-search-status]`);
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/\S/);
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).not.toMatch(/…$/);
  const hits = await page.locator(`${scope} .search-hit`).evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a.search-hit__link')?.getAttribute('href') ?? '',
      lang: item.querySelector('a.search-hit__link')?.getAttribute('lang') ?? '',
      label: item.querySelector('.search-hit__language')?.textContent ?? null,
      counterpart: item.querySelector('a.search-hit__counterpart')?.getAttribute('href') ?? null,
    })),
  );
  return { status: (await status.textContent()) ?? '', hits };
}

const pathOf = (href: string) => new URL(href, baseUrl).pathname;

describe.each([
  ['en', englishQueries],
  ['zh', chineseQueries],
] as const)('search on the %s search page finds the right mistake first', (locale, queries) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser()));
    await page.goto(`${baseUrl}/${locale}/search/`);
  });

  // Typed into the page's box, as a reader does; each query's results replace the last one's.
  it.each(queries)('%s → mistake %i', async (query, number) => {
    await page.locator('.search--page input[type="search"]').fill(query);
    await expect.poll(() => page.locator('.search--page [data-search-status]').textContent()).toContain(`“${query}”`);
    const { hits } = await readResults(page, '.search--page');
    expect(pathOf(hits[0]?.href ?? '')).toBe(`/${locale}/mistakes/${slugs[number]}/`);
  });
});

describe('search across languages', () => {
  it('finds 资产 from an English page: mistake 3, labelled as Chinese, its English counterpart linked', async () => {
    const { page } = await openPage(browser());
    const { status, hits } = await searchPage(page, 'en', '资产');
    expect(pathOf(hits[0]!.href)).toBe('/zh/mistakes/segmenting-by-assets/');
    expect(hits[0]).toMatchObject({ lang: 'zh-CN', label: 'In Chinese' });
    expect(pathOf(hits[0]!.counterpart!)).toBe('/en/mistakes/segmenting-by-assets/');
    expect(status).toMatch(/results? for “资产”/);
  });

  it('finds wine from a Chinese page: mistake 4, labelled as English, its Chinese counterpart linked', async () => {
    const { page } = await openPage(browser());
    const { hits } = await searchPage(page, 'zh', 'wine');
    expect(pathOf(hits[0]!.href)).toBe('/en/mistakes/segmenting-by-calendar-time/');
    expect(hits[0]).toMatchObject({ lang: 'en', label: '英文' });
    expect(hits[0]!.counterpart).toBe('/zh/mistakes/segmenting-by-calendar-time/#p-4-1');
  });

  it("puts results in the page's language first", async () => {
    const { page } = await openPage(browser());
    for (const locale of ['en', 'zh'] as const) {
      const { hits } = await searchPage(page, locale, 'wine 葡萄酒');
      expect(hits.map((hit) => pathOf(hit.href).split('/')[1])).toEqual([locale, locale === 'en' ? 'zh' : 'en']);
      expect(hits[0]!.label).toBeNull();
    }
  });
});

describe('search page', () => {
  it('links a result to the matched paragraph, and highlights the words on arrival', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const { hits } = await searchPage(page, 'en', 'wine');
    expect(hits[0]!.href).toBe('/en/mistakes/segmenting-by-calendar-time/?highlight=wine#p-4-1');
    await page.locator('.search--page a.search-hit__link').first().click();
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/?highlight=wine#p-4-1');
    await expect.poll(() => page.locator('#p-4-1 mark.search-highlight').allTextContents()).toEqual(['wine']);
    expect(foreignRequests).toEqual([]);
  });

  it('highlights a Chinese query as typed, not cut into characters', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-without-behavior-research/?highlight=${encodeURIComponent('客户行为')}`);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(2);
    expect(new Set(await page.locator('mark.search-highlight').allTextContents())).toEqual(new Set(['客户行为']));
  });

  it('filters by topic, with localized topic names, and keeps the filter in the URL', async () => {
    const { page } = await openPage(browser());
    const { hits } = await searchPage(page, 'zh', '', '&topic=time');
    expect(hits.map((hit) => pathOf(hit.href))).toEqual(['/zh/mistakes/segmenting-by-calendar-time/', '/en/mistakes/segmenting-by-calendar-time/']);
    expect(await page.locator('.search--page select option:checked').textContent()).toBe('时间');

    await page.locator('.search--page input[type="search"]').fill('客户');
    await page.locator('.search--page select').selectOption('assets');
    await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent('客户')}&topic=assets`);
    const filtered = await readResults(page, '.search--page');
    const paths = filtered.hits.map((hit) => pathOf(hit.href));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => /segmenting-by-(assets|value-blindly)\/$/.test(path))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    const { page } = await openPage(browser());
    const { status, hits } = await searchPage(page, 'zh', 'xylophone');
    expect(hits).toEqual([]);
    expect(status).toBe('没有找到与“xylophone”相关的内容。试试更短的词，或者用英文搜索。');
  });

  it('says so when the index cannot be loaded', async () => {
    const { page } = await openPage(browser());
    await page.route('**/pagefind/**', (route) => route.abort());
    const { status, hits } = await searchPage(page, 'en', 'wine');
    expect(hits).toEqual([]);
    expect(status).toBe('Search could not be loaded. Check your connection and try again.');
  });

  it('has no accessibility violations with results shown', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await searchPage(page, 'en', '资产 asset');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});

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
    const response = await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    const { status } = await readResults(page, '.search--page');
    expect(status).toContain(query);
    expect(await page.locator('.search--page input[type="search"]').inputValue()).toBe(query);
    expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('cuts a 1,000-character query and says so', async () => {
    const { page } = await openPage(browser());
    const { status } = await searchPage(page, 'en', 'wine '.repeat(200));
    expect(status).toContain('Only the first 100 characters were searched.');
  });

  it('shows the prompt for an empty query', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/search/?q=`);
    await expect.poll(() => page.locator('.search--page [data-search-status]').textContent()).toBe('Type a word in English or Chinese, or choose a topic.');
    expect(await page.locator('.search--page .search-hit').count()).toBe(0);
  });
});

describe('search box in the header', () => {
  it('loads nothing for search until the reader starts; / focuses it; results open by keyboard', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/en/mistakes/segmenting-by-assets/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-element'))).toEqual([]);

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-panel-input');
    await page.keyboard.type('vintage');
    const { hits } = await readResults(page, '.search--panel');
    expect(pathOf(hits[0]!.href)).toBe('/en/mistakes/segmenting-by-calendar-time/');
    expect(requested.some((path) => path.endsWith('/pagefind/zh/pagefind.js'))).toBe(true);
    expect(requested.some((path) => path.endsWith('pagefind-worker.js'))).toBe(false);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hits[0]!.href);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/?highlight=vintage#p-4-1');
    expect(foreignRequests).toEqual([]);
  });

  it('closes with Escape and leaves focus in the box', async () => {
    const { page } = await openPage(browser(), { locale: 'zh-CN' });
    await page.goto(`${baseUrl}/zh/`);
    await page.locator('#search-panel-input').fill('资产');
    await readResults(page, '.search--panel');
    expect(await page.locator('#search-panel-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-panel-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-panel-input');
  });

  it('submits to the search page, which shows the same query', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/mistakes/one-off-segmentation/`);
    await page.locator('#search-panel-input').fill('一次性');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh/search/?q=${encodeURIComponent('一次性')}`);
    const { hits } = await readResults(page, '.search--page');
    expect(pathOf(hits[0]!.href)).toBe('/zh/mistakes/one-off-segmentation/');
  });
});
