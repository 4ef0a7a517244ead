import { contentLocales, type Locale } from '../locales.ts';

/**
 * The languages with a search index of their own (`dist/pagefind/<locale>/`): those with written content. A script
 * variant (zh-hant) searches its source's index, its queries folded to that script (src/lib/chinese-script/script-map.ts).
 */
export const indexedLocales: Locale[] = contentLocales;

/**
 * Where Pagefind's code, WebAssembly and highlighter are served from, root-relative: a bundle of their own, whose index
 * holds one placeholder page (Pagefind needs one to start), so that every language's index can be merged into it only
 * when a query needs it (src/lib/search/index-routing.ts). The Chinese index cannot be the main one: the main index is
 * searched, so fetched, on every query.
 */
export const searchRuntimePath = '/pagefind/runtime/';

/**
 * The build marks every search box with this attribute when each language's index is one file (see
 * src/integrations/search-index.ts): the search then fetches the reader's language's index on focus.
 */
export const wholeIndexAttribute = 'data-index-whole';

/** Where a language's Pagefind bundle is served, root-relative, e.g. `/pagefind/zh/`. */
export function getSearchBundlePath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}

/** The file of a language's index words, beside its bundle (src/integrations/search-vocabulary.ts). */
export const vocabularyFile = 'vocabulary.json';

/** Where a language's vocabulary is served, root-relative, e.g. `/pagefind/en/vocabulary.json`. */
export function getVocabularyPath(locale: Locale): string {
  return `${getSearchBundlePath(locale)}${vocabularyFile}`;
}
