import type { Browser, Page } from 'playwright-core';
import { gzipTotal, kinds, recordResponses, waitForIslandTriggers, type Loaded, type Recorder } from './record.ts';
import { kb } from './table.ts';

/** One cold load: a path, what to call it, and whether to keep islands that load when visible from loading. */
interface ColdLoad {
  path: string;
  label: string;
  withoutVisibleIslands?: boolean;
  /** A short link redirects at once: count only its own document and what that document asked for. */
  untilNextDocument?: boolean;
}

const mistake = 'segmenting-by-assets';
export const coldLoads: ColdLoad[] = [
  { path: '/en/', label: 'home /en/' },
  { path: '/zh/', label: 'home /zh/' },
  { path: `/en/mistakes/${mistake}/`, label: 'mistake (en)' },
  { path: `/zh/mistakes/${mistake}/`, label: 'mistake (zh)' },
  { path: '/en/article/', label: 'whole article (en)' },
  { path: '/zh/article/', label: 'whole article (zh)' },
  { path: `/zh/parallel/${mistake}/`, label: 'parallel view (zh)' },
  { path: '/en/self-check/', label: 'self-check (en), before its island', withoutVisibleIslands: true },
  { path: '/en/self-check/', label: 'self-check (en), with its island' },
  { path: '/zh/self-check/', label: 'self-check (zh), with its island' },
  { path: '/en/no-such-page/', label: '404 (en)' },
  { path: '/en/3/', label: 'short link /en/3/ (before it redirects)', untilNextDocument: true },
];

/** Makes IntersectionObserver never report, so that islands waiting to be visible stay unloaded (both loaders use it). */
function blindIntersectionObserver(): void {
  window.IntersectionObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
}

/**
 * Opens `path` in a fresh context (1280×800, service worker blocked: this is what a page costs, the offline copy is
 * measured on its own), lets islands loaded when idle or visible start, and waits until the network has been quiet for 500 ms.
 */
export async function loadCold(
  browser: Browser,
  origin: string,
  path: string,
  blindObserver = false,
): Promise<{ page: Page; recorder: Recorder; loaded: Loaded[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (blindObserver) await page.addInitScript(blindIntersectionObserver);
  const recorder = recordResponses(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await waitForIslandTriggers(page);
  await recorder.quiet();
  return { page, recorder, loaded: await recorder.take(), close: () => context.close() };
}

function untilNextDocument(loaded: Loaded[]): Loaded[] {
  const next = loaded.findIndex((entry, index) => index > 0 && entry.resourceType === 'document');
  return next === -1 ? loaded : loaded.slice(0, next);
}

/** Table rows: requests and gzip bytes by type before the `load` event, then what came after it (islands loaded when idle). */
export async function measurePageLoads(browser: Browser, origin: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const load of coldLoads) {
    const { loaded: all, close } = await loadCold(browser, origin, load.path, load.withoutVisibleIslands);
    await close();
    const loaded = load.untilNextDocument ? untilNextDocument(all) : all;
    const atLoad = loaded.filter((entry) => !entry.afterLoad);
    const later = loaded.filter((entry) => entry.afterLoad);
    const byKind = kinds.map((kind) => kb(gzipTotal(atLoad, kind)));
    const afterLoad = later.length === 0 ? '–' : `${later.length}, ${kb(gzipTotal(later))}`;
    rows.push([load.label, String(atLoad.length), ...byKind, kb(gzipTotal(atLoad)), afterLoad, kb(gzipTotal(loaded))]);
  }
  return rows;
}

export const pageLoadHeaders = ['page (cold, service worker blocked)', '>requests to load', '>HTML', '>CSS', '>JS', '>other', '>total at load', '>after load: requests, gzip', '>all'];
