import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { choosePrecache, precacheBudgetBytes } from '../lib/offline/precache-budget.ts';
import { offlineNavigation } from './offline-navigation.ts';
import { claimWorkboxTempDir, releaseWorkboxTempDir } from './workbox-temp-dir.ts';

/** File name of the service worker, at the root of the site (under the base path). */
export const serviceWorkerFile = 'sw.js';

/**
 * Writes a Workbox service worker that precaches the whole built site — every page in every language, the styles and
 * scripts, the Pagefind bundles — so that after one visit it works with no network. A site too large for that (beyond
 * precacheBudgetBytes: many more mistakes than the article's seven) precaches its shell and search, and keeps each page
 * as it is read. WebAssembly is cached on first use.
 * Runs after the search index (integrations' build:done hooks run in order), so the index is precached too.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'kb:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let trimmed = false;
        // Loaded here, not at the top: its temporary folder must be claimed first (see workbox-temp-dir.ts). Required, not
        // imported: Astro's module runner that loaded this config is closed by the time the build is done.
        const tempDir = claimWorkboxTempDir();
        const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: ['**/*.{html,css,js,json,webmanifest,png,svg,xml,txt,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          globIgnores: [serviceWorkerFile, 'llms*.txt', '**/*.{md,tmx,tbx}'], // the aligned text (TMX, TBX, Markdown, llms.txt) is for tools: not in the offline copy
          swDest: `${outDir}${serviceWorkerFile}`,
          // Query strings never change what a static host serves (?q=, ?highlight=, share links, Pagefind's ?ts=):
          // match the cached page whatever they are, or an offline reader following such a link gets nothing.
          ignoreURLParametersMatching: [/.*/],
          // Astro's hashed file names already change with their content.
          dontCacheBustURLsMatching: /\/_astro\//,
          // A new deployment waits until the reader agrees to reload (see UpdateNotice), so one page never mixes
          // two builds; caches of earlier builds are removed once it takes over.
          // The workshop's QR decoder (1 MB of WebAssembly, 450 KB gzip) is not precached: few readers ever open a
          // camera. It is kept the first time a trainer does, so scanning works offline from then on. Its name is
          // hashed, so a kept copy is never stale; older builds' copies are dropped beyond the latest two.
          runtimeCaching: [
            { urlPattern: /\/_astro\/[^/]+\.wasm$/, handler: 'CacheFirst', options: { cacheName: 'kb-wasm', expiration: { maxEntries: 2 } } },
            // Pages left out of the precache (a large site's) are kept as they are read; the network first, so a new
            // deployment's page wins when there is one.
            // When a page is in neither, the reader gets what the host would give online: offline-navigation.ts.
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: 'kb-pages', expiration: { maxEntries: 500 }, plugins: [offlineNavigation] },
            },
          ],
          maximumFileSizeToCacheInBytes: precacheBudgetBytes,
          manifestTransforms: [
            (entries) => {
              const chosen = choosePrecache(entries);
              trimmed = chosen.trimmed;
              return { manifest: chosen.entries, warnings: [] };
            },
          ],
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        }).finally(() => releaseWorkboxTempDir(tempDir));
        for (const warning of warnings) logger.warn(warning);
        const scope = trimmed ? ` (over ${precacheBudgetBytes / 1024 / 1024} MB: the shell and search; pages are kept as they are read)` : '';
        logger.info(`precaches ${count} files, ${(size / 1024).toFixed(0)} KB${scope}`);
      },
    },
  };
}
