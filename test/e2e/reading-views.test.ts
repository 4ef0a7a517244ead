import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { listPages } from '../support/dist.ts';

const baseUrl = inject('baseUrl');
const parallelPages = listPages().filter((path) => path.includes('/parallel/'));
const browser = useSharedBrowser();

interface Row {
  id: string;
  cells: { paragraph: string; lang: string; top: number; bottom: number }[];
}

/** Every row of a parallel view with the paragraph id, language and box of each of its cells. */
function readRows(page: Page): Promise<Row[]> {
  return page.locator('.parallel__row[data-paragraph]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.id,
      cells: [...row.querySelectorAll<HTMLElement>('.parallel__cell')].map((cell) => {
        const box = cell.getBoundingClientRect();
        return { paragraph: cell.dataset.paragraphId ?? '', lang: cell.lang, top: box.top, bottom: box.bottom };
      }),
    })),
  );
}

describe('the whole article', () => {
  it('holds the introduction and all seven mistakes, each heading linking to its page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/article/`);
    const ids = await page.locator('[data-paragraph]').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
    expect(ids.slice(0, 2)).toEqual(['p-intro-1', 'p-intro-2']);
    expect(new Set(ids.map((id) => id.split('-')[1]))).toEqual(new Set(['intro', '1', '2', '3', '4', '5', '6', '7']));
    await page.getByRole('heading', { name: /Mistake 4/ }).getByRole('link').click();
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/');
  });

  it('keeps the paragraph when switching language', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/article/#p-5-1`);
    await page.getByRole('link', { name: /中文/ }).click();
    await page.waitForURL('**/zh/article/#p-5-1');
    expect(await page.locator('p:target').getAttribute('id')).toBe('p-5-1');
  });
});

describe('the parallel view', () => {
  it('is reachable from a mistake page and lands on that mistake', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-assets/`);
    await page.getByRole('link', { name: '中英对照阅读' }).click();
    await page.waitForURL('**/zh/parallel/segmenting-by-assets/');
    expect(await page.locator('h1').textContent()).toBe('按资产进行客户细分（中英对照）');
  });

  it('aligns every paragraph pair side by side on a desktop', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    for (const path of parallelPages) {
      await page.goto(`${baseUrl}${path}`);
      const rows = await readRows(page);
      expect(rows.length, path).toBeGreaterThan(0);
      const langs = path.startsWith('/zh/') ? ['zh-CN', 'en'] : ['en', 'zh-CN'];
      for (const row of rows) {
        expect(row.cells.map((cell) => cell.paragraph), path).toEqual([row.id, row.id]);
        expect(row.cells.map((cell) => cell.lang), path).toEqual(langs);
        const [first, second] = row.cells;
        expect(Math.abs((first?.top ?? 0) - (second?.top ?? 1)), `${path}#${row.id}`).toBeLessThan(1);
      }
    }
  });

  it('stacks each pair on a phone, in order', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}/en/parallel/segmenting-without-behavior-research/`);
    let previousBottom = -Infinity;
    for (const row of await readRows(page)) {
      const [first, second] = row.cells;
      expect(first && second && second.top >= first.bottom - 1 && first.top >= previousBottom - 1, row.id).toBe(true);
      previousBottom = second?.bottom ?? previousBottom;
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

describe('printing', () => {
  it.each(['/en/mistakes/segmenting-by-assets/', '/zh/article/', '/en/parallel/one-off-segmentation/'])('%s prints without navigation or buttons, with its URL', async (path) => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}${path}`);
    const printUrl = page.locator('.print-url');
    expect(await printUrl.isVisible()).toBe(false);
    const chrome = page.locator('.site-header, .breadcrumbs, nav, button, .permalink, .skip-link');
    expect(await chrome.count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const visible = await chrome.evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().height > 0).map((element) => element.outerHTML.slice(0, 80)));
    expect(visible).toEqual([]);
    expect(await printUrl.isVisible()).toBe(true);
    expect(await printUrl.textContent()).toContain(`http://localhost:4321${path}`);
  });
});
