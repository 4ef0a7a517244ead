import axe from 'axe-core';
import type { Page } from 'playwright-core';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
