import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
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
  // Copy link is inline (Safari writes to the clipboard only inside the reader's click): a click fetches nothing.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copyLink = await whatItLoads(recorder, () => page.locator('.copy-link__button').first().click());
  rows.push(['copy link (inline)', 'click', ...describe(copyLink)]);
  await cold.close();

  const plain = await loadCold(browser, origin, mistakePage);
  const highlighted = await loadCold(browser, origin, `${mistakePage}?highlight=asset`);
  const seen = new Set(plain.loaded.map((entry) => new URL(entry.url).pathname));
  const highlight = highlighted.loaded.filter((entry) => entry.resourceType !== 'document' && !seen.has(new URL(entry.url).pathname));
  rows.push(['highlight', 'page opened with ?highlight=', ...describe(highlight)]);
  await plain.close();
  await highlighted.close();
  rows.push(...(await measureWorkshopIslands(browser, origin)));
  return rows;
}

export const islandHeaders = ['island', 'loads on', '>requests', '>gzip', 'files'];

/**
 * The workshop's parts: the participant's "Show to the trainer" (its QR code drawn in the browser) on a self-check
 * with answers, and the trainer's room on a cold /en/workshop/ (loaded on focus when no room is kept), then one pasted link.
 */
async function measureWorkshopIslands(browser: Browser, origin: string): Promise<string[][]> {
  const rows: string[][] = [];
  const selfCheck = await loadCold(browser, origin, '/en/self-check/');
  const share = `${origin}/en/self-check/#answers=1`;
  const trainerQr = await whatItLoads(selfCheck.recorder, async () => {
    const open = selfCheck.page.locator('[data-qr-open]');
    await open.waitFor({ state: 'visible' });
    await open.click();
    await selfCheck.page.locator('[data-qr-code] svg').waitFor();
  });
  rows.push(['trainer QR (participant)', 'click “Show to the trainer”', ...describe(trainerQr)]);
  await selfCheck.close();

  const workshop = await loadCold(browser, origin, '/en/workshop/');
  const room = await whatItLoads(workshop.recorder, async () => {
    await workshop.page.locator('[data-paste]').focus();
    await workshop.page.waitForFunction(() => customElements.get('kb-workshop') !== undefined);
  });
  rows.push(['workshop room (trainer)', 'focus on the paste box', ...describe(room)]);
  const questions = await workshop.page.evaluate(() => document.querySelectorAll('kb-workshop tr[data-question]').length);
  const paste = await whatItLoads(workshop.recorder, async () => {
    await workshop.page.locator('[data-paste]').fill(`${share}${'y'.repeat(Math.max(questions, 1))}`);
    await workshop.page.locator('[data-action="paste"]').click();
  });
  rows.push(['workshop room: one pasted link', 'click “Add to the room”', ...describe(paste)]);
  await workshop.close();
  rows.push(await measureCamera(origin));
  return rows;
}

/**
 * What opening the room's camera fetches: the scanner and, where the browser has no BarcodeDetector (Chromium on Linux,
 * Firefox, Safari before 17), the decoder's WebAssembly. Chromium's fake camera stands in for a real one.
 */
async function measureCamera(origin: string): Promise<string[]> {
  const browser = await launchChromium({ extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  try {
    const workshop = await loadCold(browser, origin, '/en/workshop/');
    const camera = await whatItLoads(workshop.recorder, async () => {
      await workshop.page.locator('[data-action="scan"]').click();
      await workshop.page.locator('[data-camera]').waitFor({ state: 'visible' });
    });
    await workshop.close();
    return ['workshop room: the camera', 'click “Scan QR codes”', ...describe(camera)];
  } finally {
    await browser.close();
  }
}
