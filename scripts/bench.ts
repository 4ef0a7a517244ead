// npm run bench: builds the site, then measures cold loads in Chromium (requests and gzip bytes by type).
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchBrowser } from '../test/support/browser.ts';

const pages = ['/en/', '/zh/', '/en/mistakes/segmenting-by-assets/', '/zh/mistakes/segmenting-by-assets/', '/en/article/', '/zh/parallel/segmenting-by-assets/'];

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4398) } });
const browser = await launchBrowser();
const kinds = ['html', 'css', 'js', 'other'] as const;
type Kind = (typeof kinds)[number];
const kindOf = (type: string): Kind => (type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other');

console.log(`\nBuild: ${buildSeconds.toFixed(1)} s\n`);
console.log('| page (cold load) | requests | HTML gzip | CSS gzip | JS gzip | total gzip |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const path of pages) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
  const pending: Promise<void>[] = [];
  let requests = 0;
  page.on('response', (response) => {
    requests += 1;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          bytes[kindOf(response.headers()['content-type'] ?? '')] += gzipSync(body, { level: 9 }).length;
        }),
    );
  });
  await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = kinds.reduce((sum, kind) => sum + bytes[kind], 0);
  console.log(`| ${path} | ${requests} | ${kb(bytes.html)} | ${kb(bytes.css)} | ${kb(bytes.js)} | ${kb(total)} |`);
}
await browser.close();
await server.stop();
