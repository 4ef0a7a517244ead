import { contentLocales, type Locale } from '../locales.ts';

/**
 * The languages with a search index of their own (`dist/pagefind/<locale>/`): those with written content. A script
 * variant (zh-hant) searches its source's index, its queries folded to that script (src/lib/chinese-script/script-map.ts).
 */
export const indexedLocales: Locale[] = contentLocales;

/**
 * The bundle the browser loads Pagefind's code and WebAssembly from; the other languages' indexes are merged into it.
 * Chinese, because merged indexes run on the main bundle's WebAssembly and only this way round do both languages work.
 */
export const mainSearchLocale: Locale = 'zh';

/**
 * The build marks every search box with this attribute when each language's index is one file (see
 * src/integrations/search-index.ts): the search then fetches the indexes on focus, as any query needs all of them.
 */
export const wholeIndexAttribute = 'data-index-whole';

/** Where a language's Pagefind bundle is served, root-relative, e.g. `/pagefind/zh/`. */
export function getSearchBundlePath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}
