import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { searchAsReader, searchRuns } from './bench/search.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const run of searchRuns) {
  const samples = await searchAsReader(browser, server.origin, run);
  for (const s of samples) console.log(run.locale, s.label.slice(0, 12), (s.bytes / 1024).toFixed(1), s.requests, s.ms.toFixed(0));
}
await browser.close(); await server.close();
