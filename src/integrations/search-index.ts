import { glob, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getSearchBundlePath, indexedLocales, searchRuntimePath, vocabularyFile } from '../lib/search/bundle-path.ts';
import { writeVocabulary } from './search-vocabulary.ts';

// Files of Pagefind's bundle that the browser never asks for here: they would only add to dist/ and the offline cache.
// Our own small UI replaces Pagefind's prebuilt ones; search runs without a worker (see pagefind-client.ts); a
// language's bundle lends only its index, and the runtime bundle its code and WebAssembly.
const prebuiltUi = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];
const unusedInRuntimeBundle = [...prebuiltUi, 'pagefind-worker.js'];
const unusedInLanguageBundle = [...unusedInRuntimeBundle, 'pagefind.js', 'pagefind-highlight.js', 'wasm.*.pagefind'];

/**
 * The runtime's placeholder page: a character Pagefind indexes as a word, in no language ('und'), so that the runtime
 * ships Pagefind's plain WebAssembly, which stems nothing (English queries are stemmed as the English index was, by
 * src/lib/search/english-stems.ts). Its URL, the runtime's own, is outside every locale, so it is never a result.
 */
const placeholder = { url: searchRuntimePath, content: '〇', language: 'und' };

async function writeBundle(index: pagefind.PagefindIndex, outputPath: string, unused: string[]): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  for (const pattern of unused) {
    for await (const file of glob(pattern, { cwd: outputPath })) await rm(`${outputPath}${file}`);
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function countIndexFiles(bundle: string): Promise<number> {
  let count = 0;
  for await (const _ of glob('index/*.pf_index', { cwd: bundle })) count += 1;
  return count;
}

/**
 * When every language's index is a single file (a small site: the article's seven mistakes, and up to three times that,
 * measured), any word loads all of it, so the search box may as well fetch the reader's language's index while they type:
 * the build marks search boxes so (src/integrations/built-pages.ts). A larger index comes in parts, and the search fetches
 * the parts each query needs.
 */
export async function isWholeIndex(outDir: string): Promise<boolean> {
  const counts = await Promise.all(indexedLocales.map((locale) => countIndexFiles(`${outDir}${getSearchBundlePath(locale).slice(1)}`)));
  return counts.every((count) => count === 1);
}

/**
 * Builds one Pagefind bundle per language (`dist/pagefind/en/`, `dist/pagefind/zh/`) after Astro has written the pages,
 * and the runtime bundle (`dist/pagefind/runtime/`: Pagefind's code and WebAssembly). The browser starts the runtime and
 * merges into it the index of each language a query is written in (src/islands/search/pagefind-client.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          for (const locale of indexedLocales) {
            const index = await newIndex();
            const added = await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${locale}/: ${added.errors.join('; ')}`);
            if (added.page_count === 0) throw new Error(`Pagefind found no pages to index under ${locale}/ (is data-pagefind-body missing?)`);
            const outputPath = `${outDir}${getSearchBundlePath(locale).slice(1)}`;
            await writeBundle(index, outputPath, unusedInLanguageBundle);
            const words = await writeVocabulary(outputPath, vocabularyFile);
            logger.info(`indexed ${added.page_count} ${locale} pages (${words} words for typo correction)`);
          }
          const runtime = await newIndex();
          const added = await runtime.addCustomRecord(placeholder);
          if (added.errors.length > 0) throw new Error(`Pagefind could not add the runtime's placeholder page: ${added.errors.join('; ')}`);
          await writeBundle(runtime, `${outDir}${searchRuntimePath.slice(1)}`, unusedInRuntimeBundle);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
