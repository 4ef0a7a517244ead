import axe from 'axe-core';
import type { Page } from 'playwright-core';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Has axe-core in every document the page loads from now on, before its own scripts: for a page that audits many URLs,
 * its source then crosses to the browser once, not once per URL. Init scripts run outside the page's
 * Content-Security-Policy, as evaluated code does.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axe.source });
}

/**
 * Runs axe-core's WCAG 2.2 AA rules on the page as it is now; returns one line per violation.
 * axe is evaluated through the driver, not as a page script (the page's Content-Security-Policy rightly refuses
 * inline code), once per document; it reports violations only, which spares it listing every pass.
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const run = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, wcag22aa);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
