import type { Browser } from 'playwright-core';
import { loadCold } from './page-loads.ts';
import { gzipTotal, type Loaded, type Recorder } from './record.ts';
import { kb } from './table.ts';

const mistakePage = '/en/mistakes/segmenting-by-assets/';

function describe(loaded: Loaded[]): string[] {
  const files = loaded.map((entry) => `${new URL(entry.url).pathname.split('/').at(-1) ?? ''} ${kb(entry.gzip)}`);
  return [String(loaded.length), kb(gzipTotal(loaded)), files.join(', ') || '–'];
}

/** Does `act` on a quiet page and returns what it fetched until the network is quiet again. */
async function whatItLoads(recorder: Recorder, act: () => Promise<void>): Promise<Loaded[]> {
  await act();
  await recorder.quiet();
  return recorder.take();
}

/**
 * What each island adds when it loads, on a cold mistake page (service worker blocked): the offline notices after
 * `load` (idle), the self-check when scrolled into view, search when its box is focused, copy link on a click, and
 * the highlighter on a page opened from a search result (`?highlight=`).
 */
export async function measureIslands(browser: Browser, origin: string): Promise<string[][]> {
  const rows: string[][] = [];
  const cold = await loadCold(browser, origin, mistakePage);
  rows.push(['offline notices (registers the service worker)', 'idle after load', ...describe(cold.loaded.filter((entry) => entry.afterLoad))]);
  const { page, recorder } = cold;
  const selfCheck = await whatItLoads(recorder, async () => {
    await page.locator('kb-self-check').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get('kb-self-check') !== undefined);
  });
  rows.push(['self-check', 'scrolled into view', ...describe(selfCheck)]);
  const search = await whatItLoads(recorder, () => page.locator('#search-panel-input').focus());
  rows.push(['search (code, and what it fetches at once)', 'focus on the header box', ...describe(search)]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copyLink = await whatItLoads(recorder, () => page.locator('.copy-link__button').first().click());
  rows.push(['copy link', 'click', ...describe(copyLink)]);
  await cold.close();

  const plain = await loadCold(browser, origin, mistakePage);
  const highlighted = await loadCold(browser, origin, `${mistakePage}?highlight=asset`);
  const seen = new Set(plain.loaded.map((entry) => new URL(entry.url).pathname));
  const highlight = highlighted.loaded.filter((entry) => entry.resourceType !== 'document' && !seen.has(new URL(entry.url).pathname));
  rows.push(['highlight', 'page opened with ?highlight=', ...describe(highlight)]);
  await plain.close();
  await highlighted.close();
  return rows;
}

export const islandHeaders = ['island', 'loads on', '>requests', '>gzip', 'files'];
