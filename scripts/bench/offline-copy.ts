import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { gzipTotal, recordResponses } from './record.ts';

export interface PrecacheSize {
  files: number;
  bytes: number;
  gzip: number;
  /** gzip bytes by kind of file (see partOf). */
  byPart: Map<string, number>;
}

/** The URLs of the service worker's precache manifest (Workbox writes them as `url:"…"` into sw.js). */
export function readPrecacheUrls(dist: string): string[] {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** Which part of the site a precached URL belongs to: mistake pages, parallel views, short links, other pages, search index, … */
function partOf(url: string): string {
  if (url.startsWith('pagefind/')) return 'search index';
  if (url.startsWith('_astro/')) return 'CSS and JS';
  if (/^[a-z-]+\/mistakes\//.test(url)) return 'mistake pages';
  if (/^[a-z-]+\/parallel\//.test(url)) return 'parallel views';
  if (/^[a-z-]+\/\d+\/index\.html$/.test(url)) return 'short links';
  if (url.endsWith('.html')) return 'other pages';
  return 'other files';
}

/** What the offline copy weighs: every file of the precache manifest, read from dist/ and gzipped at level 9. */
export function measurePrecache(dist: string): PrecacheSize {
  const size: PrecacheSize = { files: 0, bytes: 0, gzip: 0, byPart: new Map() };
  for (const url of readPrecacheUrls(dist)) {
    const body = readFileSync(join(dist, decodeURIComponent(url)));
    const gzip = gzipSync(body, { level: 9 }).length;
    const part = partOf(url);
    size.files += 1;
    size.bytes += body.length;
    size.gzip += gzip;
    size.byPart.set(part, (size.byPart.get(part) ?? 0) + gzip);
  }
  return size;
}

/**
 * A first visit to /en/ with the service worker allowed: what the browser fetches in all (the page, then the worker's
 * precache), and the seconds from navigation until the worker is active, i.e. the site works offline.
 */
export async function visitUntilOffline(browser: Browser, origin: string): Promise<{ requests: number; gzip: number; seconds: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  const recorder = recordResponses(context); // the context also sees the worker's fetches
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${origin}/en/`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  const seconds = (performance.now() - started) / 1000;
  await page.waitForLoadState('networkidle');
  const loaded = await recorder.take();
  await context.close();
  return { requests: loaded.length, gzip: gzipTotal(loaded), seconds };
}
