// npm run bench:scale: builds the site with 1×, 10× and 100× the content (synthetic copies of the real mistakes) and
// reports how build time, dist/, the search index, first search, page weights and the offline copy grow.
// Its builds live in one temporary folder, removed at the end; the figures go to docs/performance-scale.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/chromium.ts';
import { measureScale, type ScaleFigures } from './scale-measure.ts';
import { startBenchReport } from './report.ts';
import { searchRuns } from './search.ts';
import { describeRuns, kb, markdownTable, mb } from './table.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { factors: { type: 'string', default: '1,10,100' }, 'build-runs': { type: 'string', default: '1' }, runs: { type: 'string', default: '3' } },
});
const factors = values.factors.split(',').map(Number);
const buildRuns = Number(values['build-runs']);
const readers = Number(values.runs);
if ([...factors, buildRuns, readers].some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error('usage: npm run bench:scale -- [--factors 1,10,100] [--build-runs <n>] [--runs <n>] (whole numbers ≥ 1)');
}

const root = resolve('.');
const report = startBenchReport(
  'How cost grows with content',
  'npm run bench:scale',
  `The site built with ${factors.join('×, ')}× the content (synthetic copies of the seven mistakes in every language, \`scripts/lib/synthetic-content.ts\`), ${buildRuns} build(s) and ${readers} reader(s) per size.`,
);
const work = mkdtempSync(join(tmpdir(), 'kb-scale-'));
const figures: ScaleFigures[] = [];
const browser = await launchChromium();
try {
  for (const factor of factors) figures.push(await measureScale(browser, root, work, factor, buildRuns, readers));
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const sizes = markdownTable(
  [
    'content',
    '>mistakes per language',
    '>HTML pages',
    '>build',
    '>dist/',
    '>search index',
    '>typo vocabulary (gzip)',
    '>offline copy (precache)',
    '>sw.js gzip',
  ],
  figures.map((f) => [
    `${f.factor}×`,
    String(f.mistakes),
    String(f.pages),
    describeRuns(f.buildSeconds, 's', 0),
    `${f.dist.files} files, ${mb(f.dist.bytes)}`,
    `${f.searchIndex.files} files, ${mb(f.searchIndex.bytes)}`,
    f.vocabularies.map((vocabulary) => `${vocabulary.locale} ${kb(vocabulary.gzip)}`).join(', '),
    `${f.precache.files} files, ${mb(f.precache.gzip)} gzip`,
    kb(f.workerBytes),
  ]),
);
const offlineParts = figures.map((f) => {
  const parts = [...f.precache.byPart].sort((a, b) => b[1] - a[1]).map(([part, gzip]) => `${part} ${mb(gzip)}`);
  return `- at ${f.factor}×: ${parts.join(', ')}.`;
});
const reader = markdownTable(
  [
    'content',
    ...searchRuns.map((run) => `>first search ${run.locale} (focus + “${run.queries[0]}”)`),
    '>mistake page (cold, all)',
    ...(figures[0]?.listingPages ?? []).map((page) => `>${page.name} HTML (gzip)`),
  ],
  figures.map((f) => [
    `${f.factor}×`,
    ...f.firstSearch.map((s) => `${kb(s.bytes)}, ${s.requests} req, ${describeRuns(s.ms, 'ms')}`),
    kb(f.mistakePage),
    ...f.listingPages.map((page) => `${kb(page.bytes)} (${kb(page.gzip)})`),
  ]),
);
report.add('Build and dist/', sizes);
report.add('Offline copy by part (gzip)', offlineParts.join('\n'));
report.add('What a reader fetches', reader);
report.write(join(root, 'docs', 'performance-scale.md'));
