// npm run bench: builds the site, serves dist/ on loopback and measures in Chromium what readers fetch: cold page loads,
// what each island adds, search, and the offline copy. `--root <project>` measures another checkout (the "before").
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { runAstroBuild } from '../lib/astro-build.ts';
import { serveStatic } from '../lib/static-server.ts';
import { islandHeaders, measureIslands } from './islands.ts';
import { measurePrecache, visitUntilOffline } from './offline-copy.ts';
import { readBenchOptions } from './options.ts';
import { measurePageLoads, pageLoadHeaders } from './page-loads.ts';
import { measureSearch, searchHeaders } from './search.ts';
import { describeRuns, kb, markdownTable } from './table.ts';

const options = readBenchOptions(process.argv.slice(2));
const dist = join(options.root, 'dist');
const log = (text: string) => console.log(text);

const buildSeconds: number[] = [];
for (let run = 0; options.build && run < options.buildRuns; run += 1) {
  console.error(`bench: building ${options.root} (${run + 1} of ${options.buildRuns})…`);
  buildSeconds.push(runAstroBuild(options.root, { OUT_DIR: dist }).seconds);
}

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  log(`# Bench of ${options.root}\n`);
  // Timings on a shared machine move with its load: say what it was.
  log(`Load average at start: ${loadavg().map((value) => value.toFixed(1)).join(', ')}.\n`);
  if (buildSeconds.length > 0) log(`Build (astro build with the search index and the service worker): ${describeRuns(buildSeconds, 's', 1)}, ${buildSeconds.length} run(s).\n`);
  console.error('bench: cold page loads…');
  log(`## Cold loads\n\n${markdownTable(pageLoadHeaders, await measurePageLoads(browser, server.origin))}\n`);
  console.error('bench: islands…');
  log(`## Islands (on a cold /en/ mistake page)\n\n${markdownTable(islandHeaders, await measureIslands(browser, server.origin))}\n`);
  console.error(`bench: search, ${options.runs} readers per language…`);
  log(`## Search (median of ${options.runs} readers)\n\n${markdownTable(searchHeaders, await measureSearch(browser, server.origin, options.runs))}\n`);
  console.error('bench: the offline copy…');
  const precache = measurePrecache(dist);
  const parts = [...precache.byPart].sort((a, b) => b[1] - a[1]).map(([part, gzip]) => `${part} ${kb(gzip)}`);
  log(`## Offline copy\n\nPrecache manifest: ${precache.files} files, ${kb(precache.bytes)} (${kb(precache.gzip)} gzip): ${parts.join(', ')}.`);
  const visits = [];
  for (let run = 0; run < options.runs; run += 1) visits.push(await visitUntilOffline(browser, server.origin));
  const last = visits.at(-1);
  if (last) {
    const seconds = describeRuns(visits.map((visit) => visit.seconds), 's', 2);
    log(`First visit to /en/ with the service worker: ${last.requests} requests, ${kb(last.gzip)} gzip in all; offline after ${seconds} (${visits.length} runs).`);
  }
} finally {
  await browser.close();
  await server.close();
}
