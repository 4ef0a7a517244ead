import { pathWithBase } from '../../lib/base-path.ts';
import { getSearchBundlePath, indexedLocales, mainSearchLocale } from '../../lib/search/bundle-path.ts';
import { orderHits, toSearchHit, type PagefindResultData, type SearchHit } from '../../lib/search/results.ts';
import type { Locale } from '../../lib/locales.ts';
import { foldToSimplified, type ScriptMaps } from '../../lib/chinese-script/script-map.ts';
import { stemEnglishWords } from '../../lib/search/english-stems.ts';
import scriptMapsData from 'kb:data/script-maps';

// Built from the content's characters at build time (src/integrations/script-maps-data.ts): a few KB.
const scriptMaps = scriptMapsData as ScriptMaps;

/** The part of Pagefind's browser API (`pagefind.js`) that we call. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** How many results we fetch the data of: enough for every page of a small article in every language. */
const resultLimit = 16;

/** Any word: preloading it loads an index that is one file whole. */
const indexProbe = 'a';

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once per page: the main (Chinese) bundle, with the other languages' indexes merged into it;
 * see mainSearchLocale for why Chinese.
 */
export function loadPagefind({ wholeIndex = false } = {}): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pathWithBase(`${getSearchBundlePath(mainSearchLocale)}pagefind.js`))) as Pagefind;
    const options = { baseUrl: pathWithBase('/'), excerptLength: 24 };
    // No worker: the index is tiny, and that is one file fewer to fetch on a bad network.
    await pagefind.options({ ...options, noWorker: true });
    await startAsChinese(() => pagefind.init());
    for (const merged of indexedLocales.filter((locale) => locale !== mainSearchLocale)) {
      await pagefind.mergeIndex(pathWithBase(getSearchBundlePath(merged)), { ...options, language: merged });
    }
    // Every query searches every language's index. Where each is one file (the build says so: wholeIndex), fetch them
    // now, while the reader types; a larger index comes in parts, and each query fetches the parts it needs.
    if (wholeIndex) pagefind.preload(indexProbe).catch(() => undefined);
    return pagefind;
  })();
  // A failed load (offline, say) is retried by the next search rather than remembered.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Pagefind picks the language it cuts queries into words by from `<html lang>` when it starts. A Chinese query must be
 * cut as Chinese on an English page too (资产 typed on /en/), so the main, Chinese instance starts while the page
 * says zh-CN. Pagefind reads the attribute synchronously, so the change lasts one call and no one sees it.
 */
function startAsChinese(start: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', 'zh-CN');
  try {
    return start();
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/**
 * Searches every language; the reader's language comes first. An empty query with a topic lists that topic's pages.
 * The query is folded to Simplified first (the Chinese index holds the author's Simplified text), on every page, so that
 * 資產 finds 资产 wherever it is typed, and its English words are stemmed as the English index's were.
 */
export async function searchAllLanguages(pageLocale: Locale, query: string, topic: string): Promise<SearchHit[]> {
  if (!query && !topic) return [];
  const pagefind = await loadPagefind();
  const folded = foldToSimplified(query, scriptMaps);
  const response = await pagefind.search(stemEnglishWords(folded) || null, topic ? { filters: { topic } } : {});
  const data = await Promise.all(response.results.slice(0, resultLimit).map((result) => result.data()));
  const hits = data.map((entry) => toSearchHit(entry, pageLocale, folded, scriptMaps)).filter((hit): hit is SearchHit => hit !== undefined);
  return orderHits(hits, pageLocale);
}
