// npm run bench: builds the site, serves dist/ on loopback and measures in Chromium what readers fetch: cold page loads,
// what each island adds, search, and the offline copy, and writes the figures to docs/performance.md. `--root <project>`
// measures another checkout (the "before") and writes nothing.
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { runAstroBuild } from '../lib/astro-build.ts';
import { serveStatic } from '../lib/static-server.ts';
import { islandHeaders, measureIslands } from './islands.ts';
import { measurePrecache, visitUntilOffline } from './offline-copy.ts';
import { readBenchOptions } from './options.ts';
import { startBenchReport } from './report.ts';
import { measurePageLoads, pageLoadHeaders } from './page-loads.ts';
import { measureSearch, searchHeaders } from './search.ts';
import { describeRuns, kb, markdownTable } from './table.ts';

const options = readBenchOptions(process.argv.slice(2));
const dist = join(options.root, 'dist');
const report = startBenchReport(
  'Performance',
  'npm run bench',
  'What a reader fetches, measured in Chromium (1280×800, cold cache, gzip sizes per response) against `dist/` served on loopback.',
);

// The server first, so that the build can name the address it is served from (SITE_URL), as a deployment does: the pages
// then load no island to redraw their QR codes for another host, and what is measured is what readers get.
const server = await serveStatic(dist);
const buildSeconds: number[] = [];
for (let run = 0; options.build && run < options.buildRuns; run += 1) {
  console.error(`bench: building ${options.root} for ${server.origin} (${run + 1} of ${options.buildRuns})…`);
  buildSeconds.push(runAstroBuild(options.root, { OUT_DIR: dist, SITE_URL: server.origin }).seconds);
}

const browser = await launchChromium();
try {
  if (buildSeconds.length > 0) {
    report.add('Build', `\`astro build\` with the search index and the service worker: ${describeRuns(buildSeconds, 's', 1)}, ${buildSeconds.length} run(s).`);
  }
  console.error('bench: cold page loads…');
  report.add('Cold loads', markdownTable(pageLoadHeaders, await measurePageLoads(browser, server.origin)));
  console.error('bench: islands…');
  report.add('Islands (on a cold /en/ mistake page), loaded only when used', markdownTable(islandHeaders, await measureIslands(browser, server.origin)));
  console.error(`bench: search, ${options.runs} readers per language…`);
  report.add(`Search (median of ${options.runs} readers)`, markdownTable(searchHeaders, await measureSearch(browser, server.origin, options.runs)));
  console.error('bench: the offline copy…');
  const precache = measurePrecache(dist);
  const parts = [...precache.byPart].sort((a, b) => b[1] - a[1]).map(([part, gzip]) => `${part} ${kb(gzip)}`);
  const offline = [`Precache manifest: ${precache.files} files, ${kb(precache.bytes)} (${kb(precache.gzip)} gzip): ${parts.join(', ')}.`];
  const visits = [];
  for (let run = 0; run < options.runs; run += 1) visits.push(await visitUntilOffline(browser, server.origin));
  const last = visits.at(-1);
  if (last) {
    const seconds = describeRuns(
      visits.map((visit) => visit.seconds),
      's',
      2,
    );
    offline.push(
      `First visit to /en/ with the service worker: ${last.requests} requests, ${kb(last.gzip)} gzip in all; offline after ${seconds} (${visits.length} runs).`,
    );
  }
  report.add('Offline copy', offline.join('\n\n'));
  // Another checkout's figures are a "before" to compare by hand, not this project's page.
  if (options.root === resolve('.')) report.write(join(options.root, 'docs', 'performance.md'));
} finally {
  await browser.close();
  await server.close();
}
