import type { Browser, Page } from 'playwright-core';
import { gzipTotal, recordResponses, waitForIslandTriggers, type Recorder } from './record.ts';
import { describeRuns, kb, median } from './table.ts';

const mistake = 'segmenting-by-assets';
export interface SearchRun {
  locale: string;
  path: string;
  /** Typed one after another; the first on a page whose search has not loaded yet. */
  queries: readonly [string, ...string[]];
}

/** One reader per page language. */
export const searchRuns: readonly [SearchRun, ...SearchRun[]] = [
  { locale: 'en', path: `/en/mistakes/${mistake}/`, queries: ['wine', 'asset', 'risk appetite', '资产', 'one-off'] },
  { locale: 'zh', path: `/zh/mistakes/${mistake}/`, queries: ['资产', '客户行为', '一次性', 'wine', '葡萄酒'] },
  // Traditional queries fold to the Simplified index through the script map (part of the search code on every page).
  { locale: 'zh-hant', path: `/zh-hant/mistakes/${mistake}/`, queries: ['資產', '客戶行為', '一次性', 'wine', '資产'] },
];

/**
 * Sets the header box's value as one input event (no debounce: every keystroke searches); ms until its results are
 * painted: from the input event to the end of the frame that paints the status line quoting the query. A mutation
 * observer sees the status change when it is made; the next animation frame is the one that paints it, and a task queued
 * from that frame's callback runs once it has been painted. (Polling each frame for the change, as this bench did until
 * December 2026, counted one frame more: the frame after the painting one, up to 17 ms.)
 */
function typeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector('#search-panel-input');
    const status = document.querySelector('.search--panel [data-search-status]');
    if (!(input instanceof HTMLInputElement) || !status) throw new Error('no header search box (#search-panel-input) on this page');
    input.focus();
    // Every status line quotes the query: “wine”, or 「wine」 on the Traditional pages.
    const quoted = () => (status.textContent ?? '').includes(`“${text}”`) || (status.textContent ?? '').includes(`「${text}」`);
    const painted = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!quoted()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await painted) - start;
  }, query);
}

async function quiet(recorder: Recorder): Promise<{ bytes: number; requests: number }> {
  await recorder.quiet();
  const loaded = await recorder.take();
  return { bytes: gzipTotal(loaded), requests: loaded.length };
}

export interface Sample {
  label: string;
  bytes: number;
  requests: number;
  ms: number;
}

/**
 * One reader: opens a mistake page cold, focuses the header box and waits until what that loads has arrived (the
 * search code and the index's entry points), then types the queries. The first row counts focus and first query.
 */
export async function searchAsReader(browser: Browser, origin: string, run: SearchRun): Promise<Sample[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const recorder = recordResponses(page);
  await page.goto(`${origin}${run.path}`, { waitUntil: 'load' });
  await waitForIslandTriggers(page);
  await quiet(recorder);
  await page.locator('#search-panel-input').focus();
  const focus = await quiet(recorder);
  const samples: Sample[] = [];
  for (const [index, query] of run.queries.entries()) {
    const ms = await typeQuery(page, query);
    const fetched = await quiet(recorder);
    const first = index === 0;
    samples.push({
      label: first ? `${query} (first: focus, then the query once that has arrived)` : query,
      bytes: fetched.bytes + (first ? focus.bytes : 0),
      requests: fetched.requests + (first ? focus.requests : 0),
      ms,
    });
  }
  await context.close();
  return samples;
}

/** A first query typed at the very instant of focus: the time includes loading the search code and index. */
async function runAtFocus(browser: Browser, origin: string, run: SearchRun): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const recorder = recordResponses(page);
  await page.goto(`${origin}${run.path}`, { waitUntil: 'load' });
  await waitForIslandTriggers(page);
  await quiet(recorder);
  const query = run.queries[0];
  const ms = await typeQuery(page, query);
  const fetched = await quiet(recorder);
  await context.close();
  return { label: `${query} (typed at the instant of focus)`, ...fetched, ms };
}

/** Table rows for both languages: the median of `runs` readers for every figure, with the spread of the times. */
export async function measureSearch(browser: Browser, origin: string, runs: number): Promise<string[][]> {
  const rows: string[][] = [];
  for (const run of searchRuns) {
    const readers: Sample[][] = [];
    for (let i = 0; i < runs; i += 1) readers.push([...(await searchAsReader(browser, origin, run)), await runAtFocus(browser, origin, run)]);
    for (const [index, sample] of (readers[0] ?? []).entries()) {
      const all = readers.map((samples) => samples[index] ?? sample);
      const bytes = median(all.map((s) => s.bytes));
      const requests = median(all.map((s) => s.requests));
      rows.push([
        run.locale,
        sample.label,
        kb(bytes),
        String(requests),
        describeRuns(
          all.map((s) => s.ms),
          'ms',
        ),
      ]);
    }
  }
  return rows;
}

export const searchHeaders = ['page', 'query', '>gzip fetched', '>requests', '>query → results painted (median, min–max)'];
