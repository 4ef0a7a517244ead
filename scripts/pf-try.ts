import { preview } from 'astro';
import { launchBrowser } from '../test/support/browser.ts';
const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: 4397 } });
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const lang = process.argv[2] ?? 'en';
for (const q of process.argv.slice(3)) {
  await page.goto(`http://127.0.0.1:4397/${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => { const s = document.querySelector('[data-search-status]')?.textContent ?? ''; return s && !s.includes('…'); }, null, { timeout: 10000 }).catch(() => {});
  const status = await page.textContent('[data-search-status]');
  const hits = await page.$$eval('.search-hit', (els) => els.map((e) => `${e.querySelector('a')?.getAttribute('href')} | ${e.querySelector('.search-hit__language')?.textContent ?? ''}`));
  console.log(q, '→', status, '\n   ', hits.slice(0, 4).join('\n    '));
}
await browser.close(); await server.stop();
