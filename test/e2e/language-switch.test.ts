import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

/** Is the element's top within the viewport? (The reader sees the paragraph they were at.) */
async function isInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const rect = document.getElementById(target)?.getBoundingClientRect();
    return rect !== undefined && rect.top >= -1 && rect.top < window.innerHeight;
  }, id);
}

describe('language switch', () => {
  it('takes a reader at a paragraph anchor to the same paragraph in Chinese, and back', async () => {
    const { page, foreignRequests } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(`${baseUrl}/en/mistakes/segmenting-by-calendar-time/#p-4-3`);
    await page.getByRole('link', { name: /中文/ }).click();
    await page.waitForURL('**/zh/mistakes/segmenting-by-calendar-time/#p-4-3');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#p-4-3').textContent()).toContain('有些企业用产品购买的自然时间');
    expect(await isInView(page, 'p-4-3')).toBe(true);
    expect(await page.locator('p:target').getAttribute('id')).toBe('p-4-3');

    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/#p-4-3');
    expect(await page.locator('#p-4-3').textContent()).toContain('calendar date on which a product was bought');
    expect(foreignRequests).toEqual([]);
  });

  it('keeps the paragraph a reader scrolled to, without a fragment', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 500 } });
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-calendar-time/`);
    await page.locator('#p-4-2').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/#p-4-2');
    expect(await isInView(page, 'p-4-2')).toBe(true);
  });

  it('links the other language with hreflang on every kind of page', async () => {
    const { page } = await openPage(browser());
    for (const path of ['/en/', '/zh/', '/en/mistakes/one-off-segmentation/']) {
      await page.goto(`${baseUrl}${path}`);
      const link = page.locator('a.language-switch');
      expect(await link.getAttribute('hreflang')).toBe(path.startsWith('/en/') ? 'zh-CN' : 'en');
    }
  });
});

describe('navigation between mistakes', () => {
  it('moves through previous, next, related and back to the index', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/mistakes/segmenting-by-assets/`);
    await expect.poll(() => page.getByText('Mistake 3 of 7').count()).toBe(1);
    await page.getByRole('link', { name: /Next Segmenting customers by calendar date/ }).click();
    await page.waitForURL('**/en/mistakes/segmenting-by-calendar-time/');
    await page.getByRole('link', { name: /Previous Segmenting customers by their assets/ }).click();
    await page.waitForURL('**/en/mistakes/segmenting-by-assets/');
    await page.getByRole('navigation', { name: 'Related mistakes' }).getByRole('link', { name: /Blindly segmenting by customer value/ }).click();
    await page.waitForURL('**/en/mistakes/segmenting-by-value-blindly/');
    await page.getByRole('link', { name: 'All seven mistakes' }).click();
    await page.waitForURL('**/en/');
    expect(await page.locator('.mistake-list__item').count()).toBe(7);
  });

  it('shows 错误3 on the Chinese page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-assets/`);
    expect(await page.locator('.article__position').textContent()).toContain('错误3');
    expect(await page.locator('h1').textContent()).toBe('按资产进行客户细分');
  });
});

describe('language chooser at /', () => {
  it('sends a Chinese browser to /zh/', async () => {
    const { page } = await openPage(browser(), { locale: 'zh-CN' });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/zh/');
  });

  it('sends an English browser to /en/', async () => {
    const { page } = await openPage(browser(), { locale: 'en-GB' });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/en/');
  });

  it('remembers the language the reader chose last', async () => {
    const { page } = await openPage(browser(), { locale: 'en-US' });
    await page.goto(`${baseUrl}/en/`);
    await page.getByRole('link', { name: /中文/ }).click();
    await page.waitForURL('**/zh/');
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/zh/');
  });

  it('offers both languages with JavaScript off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, locale: 'zh-CN' });
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL('**/zh/');
    expect(await page.locator('h1').textContent()).toBe('企业客户细分常犯的错误');
  });
});

describe('404 page', () => {
  it('helps in both languages', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${baseUrl}/en/mistakes/no-such-mistake/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('link', { name: 'Contents in English' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '中文目录' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /按资产进行客户细分/ }).count()).toBe(1);
  });
});
