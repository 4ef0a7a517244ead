import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { isShortLinkPath, listPages } from '../support/dist.ts';
import { findAccessibilityViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useSharedBrowser();

// Every page, in both colour schemes (contrast differs), on a phone-sized and a desktop viewport.
describe.each([
  ['light', { width: 1280, height: 900 }],
  ['dark', { width: 375, height: 740 }],
] as const)('axe-core, WCAG 2.2 AA, %s scheme', (colorScheme, viewport) => {
  it.each(listPages())('%s has no violations', async (path) => {
    const { page } = await openPage(browser(), { colorScheme, viewport, javaScriptEnabled: true });
    if (path === '/' || isShortLinkPath(path)) {
      // The chooser and the short links redirect at once: audit the markup a reader sees when they do not.
      await page.route(`${baseUrl}${path}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>|<meta http-equiv="refresh"[^>]*>/g, '');
        await route.fulfill({ response, body });
      });
    }
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
