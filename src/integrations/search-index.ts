import { glob, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getSearchBundlePath, indexedLocales, mainSearchLocale } from '../lib/search/bundle-path.ts';

// Files of Pagefind's bundle that the browser never asks for here: they would only add to dist/ and the offline cache.
// Our own small UI replaces Pagefind's prebuilt ones; search runs without a worker (see pagefind-client.ts); the
// merged bundle lends only its index, not its code or WebAssembly.
const prebuiltUi = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];
const unusedInMainBundle = [...prebuiltUi, 'pagefind-worker.js'];
const unusedInMergedBundle = [...unusedInMainBundle, 'pagefind.js', 'pagefind-highlight.js', 'wasm.*.pagefind'];

/**
 * Builds one Pagefind bundle per language (`dist/pagefind/en/`, `dist/pagefind/zh/`) after Astro has written the pages.
 * Separate bundles let the browser search both languages at once: the Chinese bundle is loaded as the main
 * instance and the English one merged into it (see src/scripts/search/pagefind-client.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          for (const locale of indexedLocales) {
            const { index, errors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${locale}/: ${added.errors.join('; ')}`);
            if (added.page_count === 0) throw new Error(`Pagefind found no pages to index under ${locale}/ (is data-pagefind-body missing?)`);
            const outputPath = `${outDir}${getSearchBundlePath(locale).slice(1)}`;
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
            const unused = locale === mainSearchLocale ? unusedInMainBundle : unusedInMergedBundle;
            for (const pattern of unused) {
              for await (const file of glob(pattern, { cwd: outputPath })) await rm(`${outputPath}${file}`);
            }
            logger.info(`indexed ${added.page_count} ${locale} pages`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
