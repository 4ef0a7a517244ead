// npm run bench: builds the site, then measures cold loads in Chromium (requests and gzip bytes by type),
// and what the self-check island adds once it comes into view.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';

const pages = ['/en/', '/zh/', '/en/mistakes/segmenting-by-assets/', '/zh/mistakes/segmenting-by-assets/', '/en/article/', '/zh/parallel/segmenting-by-assets/', '/en/self-check/', '/zh/self-check/'];
// A mistake page measured twice: as loaded, and after scrolling its self-check questions into view.
const scrolled = '/en/mistakes/segmenting-by-assets/';

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4398) } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await launchBrowser();
const kinds = ['html', 'css', 'js', 'other'] as const;
type Kind = (typeof kinds)[number];
const kindOf = (type: string): Kind => (type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other');

interface Loaded {
  url: string;
  kind: Kind;
  gzip: number;
}

/** Records every response of a page (or of a whole context) with its gzip size; `settle` waits for bodies still being read. */
function record(source: Page | BrowserContext): { loaded: Loaded[]; settle: () => Promise<void> } {
  const loaded: Loaded[] = [];
  const pending: Promise<void>[] = [];
  // Pagefind's index files are gzipped already; gzipping them again changes nothing.
  (source as Page).on('response', (response) => {
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          loaded.push({ url: response.url(), kind: kindOf(response.headers()['content-type'] ?? ''), gzip: gzipSync(body, { level: 9 }).length });
        }),
    );
  });
  return { loaded, settle: async () => void (await Promise.all(pending)) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function row(label: string, loaded: Loaded[]): string {
  const bytes = (kind: Kind) => loaded.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.gzip, 0);
  const total = kinds.reduce((sum, kind) => sum + bytes(kind), 0);
  return `| ${label} | ${loaded.length} | ${kb(bytes('html'))} | ${kb(bytes('css'))} | ${kb(bytes('js'))} | ${kb(total)} |`;
}

const rows: string[] = [];
let island: Loaded[] = [];
for (const path of pages) {
  // Service workers blocked: these rows are what a page costs; the offline copy is measured on its own below.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const { loaded, settle } = record(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await settle();
  // The island's modules, which the loader imports when a self-check is in view: its element, and the chunk
  // of src/i18n/client.ts with i18next (shared with search).
  const isIsland = (entry: Loaded) => entry.kind === "js" && /\/_astro\/self-check-element-/.test(entry.url);
  const lazy = loaded.filter(isIsland);
  if (path.includes('/self-check/')) {
    rows.push(row(`${path} before the island loads`, loaded.filter((entry) => !lazy.includes(entry))));
    rows.push(row(`${path} with the island (in view at load)`, loaded));
  } else {
    rows.push(row(path, loaded));
  }
  if (path === scrolled) {
    await page.locator('kb-self-check').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get('kb-self-check') !== undefined);
    await page.waitForLoadState('networkidle');
    await settle();
    rows.push(row(`${path} after scrolling to its self-check`, loaded));
    island = loaded.filter(isIsland);
  }
  await context.close();
}

// Search: a reader on a mistake page focuses the header's box (which starts loading the search code and index),
// takes a moment to type, then types queries one after another. For each query: gzip bytes fetched (the first row
// includes what focusing loaded) and the time from the keystroke that completes it to its results on screen
// (no debounce: every keystroke searches). A last row per page times a first query typed at the instant of focus.
const searchRuns = [
  ['/en/mistakes/segmenting-by-assets/', ['wine', 'asset', 'risk appetite', '资产', 'one-off']],
  ['/zh/mistakes/segmenting-by-assets/', ['资产', '客户行为', '一次性', 'wine', '葡萄酒']],
] as const;

async function openSearchablePage(path: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { loaded, settle } = record(page);
  await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
  await settle();
  loaded.length = 0;
  /** What the responses since the last call weighed. */
  const take = async () => {
    await page.waitForLoadState('networkidle');
    await settle();
    const taken = { bytes: loaded.reduce((sum, entry) => sum + entry.gzip, 0), requests: loaded.length };
    loaded.length = 0;
    return taken;
  };
  return { context, page, take };
}

/** Types a query into the header's box; returns ms from input to results painted. */
function typeQuery(page: import('playwright-core').Page, query: string, pauseAfterFocusMs: number): Promise<number> {
  return page.evaluate(
    async ({ text, pause }) => {
      const input = document.querySelector<HTMLInputElement>('#search-panel-input')!;
      const status = document.querySelector('.search--panel [data-search-status]')!;
      if (document.activeElement !== input) {
        input.focus();
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (status.textContent?.includes(`“${text}”`) ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))); // the frame that paints them
      return performance.now() - start;
    },
    { text: query, pause: pauseAfterFocusMs },
  );
}

console.log('\n| page | query | gzip fetched | requests | query → results |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const [path, queries] of searchRuns) {
  const locale = path.split('/')[1];
  const { context, page, take } = await openSearchablePage(path);
  for (const [index, query] of queries.entries()) {
    const elapsed = await typeQuery(page, query, 400); // 400 ms: about the time it takes to type a first short word
    const { bytes, requests } = await take();
    const label = index === 0 ? `${query} (first, incl. focus)` : query;
    console.log(`| ${locale} | ${label} | ${kb(bytes)} | ${requests} | ${Math.round(elapsed)} ms |`);
  }
  await context.close();

  const cold = await openSearchablePage(path);
  const elapsed = await typeQuery(cold.page, queries[0], 0);
  const { bytes, requests } = await cold.take();
  console.log(`| ${locale} | ${queries[0]} (typed at the instant of focus) | ${kb(bytes)} | ${requests} | ${Math.round(elapsed)} ms |`);
  await cold.context.close();
}

// The offline copy: after a first visit has loaded, the service worker fetches the whole site once, in the background.
{
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const { loaded, settle } = record(context); // the context sees the worker's fetches too
  const started = performance.now();
  await page.goto(`http://127.0.0.1:${server.port}/en/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const seconds = (performance.now() - started) / 1000;
  await settle();
  const bytes = loaded.reduce((sum, entry) => sum + entry.gzip, 0);
  console.log(`\nFirst visit to /en/ including the offline copy (service worker precache): ${loaded.length} requests, ${(bytes / 1024).toFixed(0)} KB gzip, ready offline after ${seconds.toFixed(1)} s.`);
  await context.close();
}

await browser.close();
await server.stop();

console.log(`\nBuild: ${buildSeconds.toFixed(1)} s\n`);
console.log('| page (cold load) | requests | HTML gzip | CSS gzip | JS gzip | total gzip |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const line of rows) console.log(line);
const islandBytes = island.reduce((sum, entry) => sum + entry.gzip, 0);
console.log(`\nSelf-check island, loaded when in view (its module with i18next): ${island.length} file(s), ${kb(islandBytes)} gzip`);
for (const entry of island) console.log(`  ${new URL(entry.url).pathname}: ${kb(entry.gzip)}`);
