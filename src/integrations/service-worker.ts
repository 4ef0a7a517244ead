import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** File name of the service worker, at the root of the site (under the base path). */
export const serviceWorkerFile = 'sw.js';

/**
 * Writes a Workbox service worker that precaches the whole built site — every page in both languages, the styles and
 * scripts, the Pagefind bundles — so that after one visit it works with no network. WebAssembly is cached on first use.
 * Runs after the search index (integrations' build:done hooks run in order), so the index is precached too.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'kb:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: ['**/*.{html,css,js,json,webmanifest,png,svg,xml,txt,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          globIgnores: [serviceWorkerFile],
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
          runtimeCaching: [{ urlPattern: /\/_astro\/[^/]+\.wasm$/, handler: 'CacheFirst', options: { cacheName: 'kb-wasm', expiration: { maxEntries: 2 } } }],
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
