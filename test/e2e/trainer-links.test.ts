import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { getAttributeValues, getIds, isSearchPath, isShortLinkPath, listPages, resolveFile } from '../support/dist.ts';

const baseUrl = inject('baseUrl');
const basePathUrl = inject('basePathUrl');
const basePathDist = inject('basePathDist');
const basePath = `${new URL(basePathUrl).pathname}/`;
const browser = useSharedBrowser();

/** Opens a short link and returns where the reader lands and which mistake that page says it is. */
async function follow(page: Page, url: string): Promise<{ pathname: string; hash: string; position: string }> {
  await page.goto(url);
  await page.waitForURL('**/mistakes/**');
  const landed = new URL(page.url());
  return { pathname: landed.pathname, hash: landed.hash, position: (await page.locator('.article__position').textContent()) ?? '' };
}

describe('short links', () => {
  it.each([
    ['root', () => baseUrl],
    ['sub-path', () => basePathUrl],
  ])('lead to mistakes 1 to 7 in both languages (%s build)', async (_build, origin) => {
    const { page, foreignRequests } = await openPage(browser());
    for (const [locale, label] of [
      ['en', (n: number) => `Mistake ${n} of 7`],
      ['zh', (n: number) => `错误${n}（共7个）`],
    ] as const) {
      for (let n = 1; n <= 7; n += 1) {
        const landed = await follow(page, `${origin()}/${locale}/${n}/`);
        expect(landed.pathname).toMatch(new RegExp(`^${new URL(origin()).pathname.replace(/\/$/, '')}/${locale}/mistakes/[a-z-]+/$`));
        expect(landed.position).toContain(label(n));
      }
    }
    expect(foreignRequests).toEqual([]);
  });

  it.each([
    ['root', () => baseUrl],
    ['sub-path', () => basePathUrl],
  ])('keep a paragraph fragment (%s build)', async (_build, origin) => {
    const { page } = await openPage(browser());
    const landed = await follow(page, `${origin()}/zh/3/#p-3-2`);
    expect(landed.hash).toBe('#p-3-2');
    expect(await page.locator(':target').getAttribute('id')).toBe('p-3-2');
  });

  it('work without JavaScript (meta refresh)', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const landed = await follow(page, `${basePathUrl}/en/5/`);
    expect(landed.pathname).toMatch(new RegExp(`^${basePath}en/mistakes/`));
    expect(landed.position).toBe('Mistake 5 of 7');
  });
});

describe('the sub-path build', () => {
  const pages = listPages(basePathDist);

  it('has the same pages as the root build', () => {
    expect(pages).toEqual(listPages());
  });

  it('links every page, asset and fragment inside the sub-path', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const html = readFileSync(resolveFile(path, basePathDist) ?? '', 'utf8');
      for (const value of [...getAttributeValues(html, 'href'), ...getAttributeValues(html, 'src')]) {
        if (/^(data:|mailto:)/.test(value)) continue;
        const url = new URL(value, `${basePathUrl}${path}`);
        if (url.origin !== new URL(basePathUrl).origin && url.origin !== 'http://localhost:4321') continue;
        if (!url.pathname.startsWith(basePath)) {
          broken.push(`${path}: ${value}`);
          continue;
        }
        const target = resolveFile(url.pathname.slice(basePath.length - 1), basePathDist);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!target || (fragment && target.endsWith('.html') && !getIds(readFileSync(target, 'utf8')).has(fragment))) broken.push(`${path}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('sends the short links and the sitemap to sub-path URLs', () => {
    for (const path of pages.filter(isShortLinkPath)) {
      expect(readFileSync(resolveFile(path, basePathDist) ?? '', 'utf8')).toContain(`url=${basePath}${path.slice(1, 3)}/mistakes/`);
    }
    const sitemap = readFileSync(`${basePathDist}/sitemap.xml`, 'utf8');
    expect(sitemap).toContain(`<loc>http://localhost:4321${basePath}en/article/</loc>`);
    expect(sitemap).not.toMatch(/<loc>http:\/\/localhost:4321\/(en|zh)\//);
    expect(readFileSync(`${basePathDist}/robots.txt`, 'utf8')).toContain(`Sitemap: http://localhost:4321${basePath}sitemap.xml`);
  });

  it('lets a reader move around: index, mistake, parallel view, whole article, other language', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${basePathUrl}/en/`);
    await page.getByRole('link', { name: /Segmenting customers by their assets/ }).click();
    await page.waitForURL(`${basePathUrl}/en/mistakes/segmenting-by-assets/`);
    await page.getByRole('link', { name: 'Read side by side with the Chinese' }).click();
    await page.waitForURL(`${basePathUrl}/en/parallel/segmenting-by-assets/`);
    await page.getByRole('link', { name: 'Back to mistake 3' }).click();
    await page.getByRole('link', { name: 'The whole article on one page' }).click();
    await page.waitForURL(`${basePathUrl}/en/article/#mistake-3`);
    await page.getByRole('link', { name: /中文/ }).click();
    await page.waitForURL(new RegExp(`^${basePathUrl}/zh/article/`));
    expect(await page.locator('h1').textContent()).toContain('全文');
    expect(foreignRequests).toEqual([]);
  });
});

describe('paragraph permalinks', () => {
  it('show a ¶ on keyboard focus and on hover that links to the paragraph', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/en/mistakes/segmenting-by-assets/`);
    const permalink = page.getByRole('link', { name: 'Link to this paragraph' }).nth(1);
    const opacity = () => permalink.evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    // Tab from the paragraph before: a keyboard reader reaches the ¶ in reading order.
    await page.locator('#p-3-1 .permalink').focus();
    await page.keyboard.press('Tab');
    expect(await permalink.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(opacity).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/mistakes/segmenting-by-assets/#p-3-2');
    expect(await page.locator('p:target').getAttribute('id')).toBe('p-3-2');

    await page.mouse.move(0, 0);
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('#p-3-1').hover();
    await expect.poll(() => page.locator('#p-3-1 .permalink').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  });

  it('are named in Chinese on Chinese pages and left out of copied text', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-assets/`);
    expect(await page.getByRole('link', { name: '本段链接' }).count()).toBe(2);
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p-3-2') as HTMLElement);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    expect(copied).not.toContain('¶');
  });
});

describe('copy link', () => {
  const url = () => `${baseUrl}/zh/mistakes/one-off-segmentation/`;

  it('puts the page URL on the clipboard and says so', async () => {
    const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${url()}#p-7-1`);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.locator('kb-copy-link [role="status"]').textContent()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url());
  });

  it('falls back to a selected field with the URL where the Clipboard API is missing', async () => {
    const { page } = await openPage(browser());
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(url());
    await page.getByRole('button', { name: '复制链接' }).click();
    const field = page.getByRole('textbox', { name: '本页链接' });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(url());
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length)).toBe(true);
    await expect.poll(() => page.locator('kb-copy-link [role="status"]').textContent()).toBe('请选中下面的链接并复制');
  });

  it('is not offered without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.getByRole('button', { name: '复制链接' }).count()).toBe(0);
  });
});

describe('sitemap.xml', () => {
  it('is well-formed XML that a browser parses, with namespaced hreflang links', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/robots.txt`);
    const parsed = await page.evaluate(async () => {
      const response = await fetch('sitemap.xml');
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        type: response.headers.get('content-type'),
        errors: doc.getElementsByTagName('parsererror').length,
        urls: doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url').length,
        links: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length,
      };
    });
    expect(parsed.type).toContain('xml');
    expect(parsed.errors).toBe(0);
    expect(parsed.urls).toBe(listPages().filter((path) => path !== '/404.html' && !isShortLinkPath(path) && !isSearchPath(path)).length);
    expect(parsed.links).toBe((parsed.urls - 1) * 3);
  });
});
