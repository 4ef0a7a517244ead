import type { Browser, Page } from 'playwright-core';
import { gzipTotal, kinds, recordResponses, waitForIslandTriggers, type Loaded, type Recorder } from './record.ts';
import { kb } from './table.ts';

/** One cold load: a path and what to call it. */
interface ColdLoad {
  path: string;
  label: string;
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
  { path: '/en/self-check/', label: 'self-check (en)' },
  { path: '/zh/self-check/', label: 'self-check (zh)' },
  { path: `/zh-hant/mistakes/${mistake}/`, label: 'mistake (zh-hant)' },
  { path: '/en/glossary/', label: 'glossary (en)' },
  { path: '/en/workshop/', label: 'workshop room (en), before its island loads' },
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
 * measured on its own), lets islands loaded when idle or visible start, and waits until the network has been quiet for a second.
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

async function loadOnce(browser: Browser, origin: string, load: ColdLoad, blindObserver: boolean): Promise<Loaded[]> {
  const { loaded, close } = await loadCold(browser, origin, load.path, blindObserver);
  await close();
  return load.untilNextDocument ? untilNextDocument(loaded) : loaded;
}

const requestsAndBytes = (loaded: Loaded[]) => (loaded.length === 0 ? '–' : `${loaded.length}, ${kb(gzipTotal(loaded))}`);

/**
 * Table rows. Each page loads twice: once with IntersectionObserver blinded, split at the `load` event (what the page
 * costs, then what the loader fetches once idle), and once as it is, whose extra files are the islands that load when
 * visible (a self-check in view). Splitting by what is blinded rather than by time keeps the rows the same run to run.
 */
export async function measurePageLoads(browser: Browser, origin: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const load of coldLoads) {
    const blind = await loadOnce(browser, origin, load, true);
    const seen = new Set(blind.map((entry) => entry.url));
    const visible = (await loadOnce(browser, origin, load, false)).filter((entry) => !seen.has(entry.url));
    const atLoad = blind.filter((entry) => !entry.afterLoad);
    const idle = blind.filter((entry) => entry.afterLoad);
    const byKind = kinds.map((kind) => kb(gzipTotal(atLoad, kind)));
    const all = gzipTotal(blind) + gzipTotal(visible);
    rows.push([load.label, String(atLoad.length), ...byKind, kb(gzipTotal(atLoad)), requestsAndBytes(idle), requestsAndBytes(visible), kb(all)]);
  }
  return rows;
}

export const pageLoadHeaders = [
  'page (cold, service worker blocked)',
  '>requests to `load`',
  '>HTML',
  '>CSS',
  '>JS',
  '>other',
  '>gzip to `load`',
  '>after `load`, when idle',
  '>islands when visible',
  '>all',
];
