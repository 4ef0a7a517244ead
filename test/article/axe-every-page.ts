import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { getAliasedLocale, isShortLinkPath, listPages } from '../support/dist.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

// Contrast differs between the schemes, and layout between a phone and a desktop: every page is audited in both.
const views = [
  { name: 'dark phone', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
  { name: 'light desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
] as const;

/**
 * axe-core (WCAG 2.2 AA) on every page of the article (one share of them, so that files run side by side), as a dark
 * phone and a light desktop. Speed: one page is reused for every URL, and each URL is loaded and given axe once, then
 * audited in both views by switching the viewport and colour scheme (loading and injecting axe cost more than a run).
 */
export function describeAxeOnEveryPage(share: number, shares: number): void {
  const baseUrl = inject('baseUrl');
  const browser = useSharedBrowser();
  // A locale alias (/zh-tw/…) is the one redirect page of every short link, for each page of its locale: its home stands for all.
  const isAliasRoot = (path: string) => /^\/[a-z-]+\/$/.test(path);
  const pages = listPages()
    .filter((path) => !getAliasedLocale(path) || isAliasRoot(path))
    .filter((_path, index) => index % shares === share - 1);
  const isRedirect = (path: string) => path === '/' || isShortLinkPath(path) || getAliasedLocale(path) !== undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    ({ page } = await openPage(browser()));
    // The chooser, the short links and the locale aliases redirect at once: audit the markup a reader sees when they do not.
    await page.route(
      (url) => isRedirect(url.pathname),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>|<meta http-equiv="refresh"[^>]*>/g, '');
        await route.fulfill({ response, body });
      },
    );
  });

  afterAll(async () => {
    await page?.context().close();
  });

  describe(`axe-core, WCAG 2.2 AA, ${views.map((view) => view.name).join(' and ')} (pages ${share} of ${shares})`, () => {
    it.each(pages)('%s has no violations', async (path) => {
      if (!page) throw new Error('no page');
      const [first] = views;
      await page.setViewportSize(first.viewport);
      await page.emulateMedia({ colorScheme: first.colorScheme });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(new URL(page.url()).pathname).toBe(path);
      const violations: string[] = [];
      for (const view of views) {
        await page.setViewportSize(view.viewport);
        await page.emulateMedia({ colorScheme: view.colorScheme });
        violations.push(...(await findAccessibilityViolations(page)).map((violation) => `${view.name}: ${violation}`));
      }
      expect(violations).toEqual([]);
    });
  });
}
