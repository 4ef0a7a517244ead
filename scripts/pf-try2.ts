import { preview } from 'astro';
import { launchBrowser } from '../test/support/browser.ts';
const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: 4397 } });
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:4397/en/`);
const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/zh/pagefind.js');
    await pf.options({ baseUrl: '/', excerptLength: 20 });
    await pf.mergeIndex('/pagefind/en/');
    const r = await pf.search(q);
    const d = await r.results[0].data();
    return d;
}, process.argv[2] ?? 'wine');
console.log(JSON.stringify(out, null, 1).slice(0, 3000));
await browser.close(); await server.stop();
