import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { isShortLinkPath, listPages } from '../support/dist.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

/**
 * axe-core (WCAG 2.2 AA) on every page of the article in one colour scheme and viewport. One page is reused for every
 * URL (a context per URL costs more than axe itself on a busy machine); each scheme is its own file so that the two
 * run side by side.
 */
export function describeAxeOnEveryPage(colorScheme: 'light' | 'dark', viewport: { width: number; height: number }): void {
  const baseUrl = inject('baseUrl');
  const browser = useSharedBrowser();
  let page: Page | undefined;

  beforeAll(async () => {
    ({ page } = await openPage(browser(), { colorScheme, viewport }));
    // The chooser and the short links redirect at once: audit the markup a reader sees when they do not.
    await page.route((url) => url.pathname === '/' || isShortLinkPath(url.pathname), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>[\s\S]*?<\/script>|<meta http-equiv="refresh"[^>]*>/g, '');
      await route.fulfill({ response, body });
    });
  });

  afterAll(async () => {
    await page?.context().close();
  });

  describe(`axe-core, WCAG 2.2 AA, ${colorScheme} scheme, ${viewport.width}×${viewport.height}`, () => {
    it.each(listPages())('%s has no violations', async (path) => {
      if (!page) throw new Error('no page');
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await findAccessibilityViolations(page)).toEqual([]);
    });
  });
}
