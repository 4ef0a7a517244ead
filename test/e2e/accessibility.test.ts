import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import axe from 'axe-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { isShortLinkPath, listPages } from '../support/dist.ts';

const baseUrl = inject('baseUrl');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

// Every page, in both colour schemes (contrast differs), on a phone-sized and a desktop viewport.
describe.each([
  ['light', { width: 1280, height: 900 }],
  ['dark', { width: 375, height: 740 }],
] as const)('axe-core, WCAG 2.2 AA, %s scheme', (colorScheme, viewport) => {
  it.each(listPages())('%s has no violations', async (path) => {
    const { page } = await openPage(browser, { colorScheme, viewport, javaScriptEnabled: true });
    if (path === '/' || isShortLinkPath(path)) {
      // The chooser and the short links redirect at once: audit the markup a reader sees when they do not.
      await page.route(`${baseUrl}${path}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script>[\s\S]*?<\/script>|<meta http-equiv="refresh"[^>]*>/g, '');
        await route.fulfill({ response, body });
      });
    }
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe(path);
    await page.addScriptTag({ content: axe.source });
    const results = await page.evaluate(async (tags) => {
      const run = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }, wcag22aa);
    expect(results).toEqual([]);
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
