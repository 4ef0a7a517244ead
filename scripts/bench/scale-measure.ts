import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runAstroBuild } from '../lib/astro-build.ts';
import { serveStatic } from '../lib/static-server.ts';
import { writeSyntheticContent } from '../lib/synthetic-content.ts';
import { getVocabularyPath, indexedLocales } from '../../src/lib/search/bundle-path.ts';
import { countPages, folderSize, gzipSize } from './dist-files.ts';
import { measurePrecache, type PrecacheSize } from './offline-copy.ts';
import { loadCold } from './page-loads.ts';
import { gzipTotal } from './record.ts';
import { searchAsReader, searchRuns, type Sample } from './search.ts';
import { median } from './table.ts';

export interface ScaleFigures {
  factor: number;
  mistakes: number;
  pages: number;
  buildSeconds: number[];
  dist: { files: number; bytes: number };
  searchIndex: { files: number; bytes: number };
  /** Per language: the typo-correction vocabulary (fetched only when a query misses), gzip bytes. */
  vocabularies: { locale: string; gzip: number }[];
  /** Per language: the first search (focus, then the first query), bytes and requests, and its times over the runs. */
  firstSearch: { locale: string; bytes: number; requests: number; ms: number[] }[];
  /** A mistake page cold, islands loaded when idle included. */
  mistakePage: number;
  /** The English pages that list every mistake: raw and gzip bytes (gzip flatters copies of the same text). */
  listingPages: { name: string; bytes: number; gzip: number }[];
  precache: PrecacheSize;
  workerBytes: number;
}

const listingPages = [
  ['home', 'en/index.html'],
  ['whole article', 'en/article/index.html'],
  ['self-check', 'en/self-check/index.html'],
  ['search page', 'en/search/index.html'],
] as const;

/**
 * Builds the site with `factor` times the mistakes (synthetic copies of the real ones, see synthetic-content.ts) in
 * `work`, then measures the build, its files and what a reader fetches.
 */
export async function measureScale(browser: Browser, root: string, work: string, factor: number, buildRuns: number, readers: number): Promise<ScaleFigures> {
  const content = join(work, `content-${factor}x`);
  const dist = join(work, `dist-${factor}x`);
  const mistakes = writeSyntheticContent(join(root, 'content'), content, factor);
  // Served before it is built, so that the build names the address it is served from (SITE_URL), as a deployment does.
  const server = await serveStatic(dist);
  const buildSeconds: number[] = [];
  for (let run = 0; run < buildRuns; run += 1) {
    console.error(`bench:scale: building ${factor}× (${mistakes} mistakes per language), run ${run + 1} of ${buildRuns}…`);
    const env = { CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(work, `cache-${factor}x`), SITE_URL: server.origin };
    buildSeconds.push(runAstroBuild(root, env).seconds);
  }
  try {
    const firstSearch = [];
    for (const run of searchRuns) {
      const firsts: Sample[] = [];
      for (let reader = 0; reader < readers; reader += 1) {
        const [first] = await searchAsReader(browser, server.origin, { ...run, queries: [run.queries[0]] });
        if (first) firsts.push(first);
      }
      firstSearch.push({
        locale: run.locale,
        bytes: median(firsts.map((sample) => sample.bytes)),
        requests: median(firsts.map((sample) => sample.requests)),
        ms: firsts.map((sample) => sample.ms),
      });
    }
    const cold = await loadCold(browser, server.origin, searchRuns[0].path);
    await cold.close();
    return {
      factor,
      mistakes,
      pages: countPages(dist),
      buildSeconds,
      dist: folderSize(dist),
      searchIndex: folderSize(join(dist, 'pagefind')),
      vocabularies: indexedLocales.map((locale) => ({ locale, gzip: gzipSize(dist, getVocabularyPath(locale).slice(1)) })),
      firstSearch,
      mistakePage: gzipTotal(cold.loaded),
      listingPages: listingPages.map(([name, path]) => ({ name, bytes: statSync(join(dist, path)).size, gzip: gzipSize(dist, path) })),
      precache: measurePrecache(dist),
      workerBytes: gzipSize(dist, 'sw.js'),
    };
  } finally {
    await server.close();
  }
}
