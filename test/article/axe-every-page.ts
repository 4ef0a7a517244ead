import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations, preloadAxe } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { getAliasedLocale, isShortLinkPath, listOnePagePerKind, listPages } from '../support/dist.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { findOverflow } from '../support/overflow.ts';

// Contrast differs between the schemes, and layout between a phone and a desktop. Both are properties of a page's kind
// (its template and the stylesheet): every page is audited as a light desktop, one page of each kind (in each language)
// as a dark phone too.
const views = [
  { name: 'light desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark phone', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

/**
 * axe-core (WCAG 2.2 AA) on every page of the article (one share of them, so that files run side by side), and, while
 * each page is open, that it throws no error and never scrolls sideways on a phone or a desktop (the engines project
 * checks one page of each kind at four widths in three engines). Speed: one page is reused for every URL, and each URL
 * is loaded and given axe once (loading and injecting axe cost more than a run).
 */
export function describeAxeOnEveryPage(share: number, shares: number): void {
  const baseUrl = inject('baseUrl');
  const browser = useSharedBrowser();
  // A locale alias (/zh-tw/…) is the one redirect page of every short link, for each page of its locale: its home stands for all.
  const isAliasRoot = (path: string) => /^\/[a-z-]+\/$/.test(path);
  const allPages = listPages().filter((path) => !getAliasedLocale(path) || isAliasRoot(path));
  const onePerKind = new Set(listOnePagePerKind(allPages));
  const pages = allPages.filter((_path, index) => index % shares === share - 1);
  const isRedirect = (path: string) => path === '/' || isShortLinkPath(path) || getAliasedLocale(path) !== undefined;
  let page: Page | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ page } = await openPage(browser()));
    await preloadAxe(page);
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
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

  describe(`axe-core, WCAG 2.2 AA, as a light desktop (and a dark phone, one page of each kind), pages ${share} of ${shares}`, () => {
    it.each(pages)('%s has no violations, no errors, and never scrolls sideways at 375 or 1280 px', async (path) => {
      const open = page;
      if (!open) throw new Error('no page');
      errors.length = 0;
      const [desktop, phone] = views;
      await open.setViewportSize(phone.viewport);
      await open.emulateMedia({ colorScheme: phone.colorScheme });
      await open.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(new URL(open.url()).pathname).toBe(path);
      const problems: string[] = [];
      const audit = async (view: (typeof views)[number]) => {
        problems.push(...(await findAccessibilityViolations(open)).map((violation) => `${view.name}: ${violation}`));
      };
      const overflow = async (view: (typeof views)[number]) => {
        const sticking = isRedirect(path) ? [] : await open.evaluate(findOverflow);
        if (sticking.length > 0) problems.push(`${view.name}: scrolls sideways: ${sticking.join(', ')}`);
      };
      await overflow(phone);
      if (onePerKind.has(path)) await audit(phone);
      await open.setViewportSize(desktop.viewport);
      await open.emulateMedia({ colorScheme: desktop.colorScheme });
      await overflow(desktop);
      await audit(desktop);
      expect([...problems, ...errors]).toEqual([]);
    });
  });
}
