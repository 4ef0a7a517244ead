import { pathWithBase } from '../../lib/base-path.ts';
import { getSearchBundlePath, searchRuntimePath } from '../../lib/search/bundle-path.ts';
import type { PagefindResultData } from '../../lib/search/results.ts';
import { getLanguageTag, getSearchProbe, getWrittenLocale, type Locale } from '../../lib/locales.ts';

/** The part of Pagefind's browser API (`pagefind.js`) that we call. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const options = { excerptLength: 24 };

let loading: Promise<Pagefind> | undefined;
const merging = new Map<Locale, Promise<void>>();

/** Loads Pagefind's runtime once per page (src/lib/search/bundle-path.ts): its code and WebAssembly, no index yet. */
function loadRuntime(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pathWithBase(`${searchRuntimePath}pagefind.js`))) as Pagefind;
    // No worker: the index is tiny, and that is one file fewer to fetch on a bad network.
    await pagefind.options({ ...options, baseUrl: pathWithBase('/'), noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) is retried by the next search rather than remembered.
  loading.catch(() => {
    loading = undefined;
    merging.clear();
  });
  return loading;
}

/**
 * Merges the indexes of these languages into the runtime, each once. Once merged, an index is searched by every query:
 * it is already here, and its results may still be wanted (a mixed query, a topic).
 */
export async function withIndexes(locales: readonly Locale[]): Promise<Pagefind> {
  const pagefind = await loadRuntime();
  await Promise.all(
    locales.map((locale) => {
      let merged = merging.get(locale);
      if (!merged) {
        // Each index cuts its queries into words as its own language does (Chinese by Intl.Segmenter), whatever the page's.
        merged = pagefind.mergeIndex(pathWithBase(getSearchBundlePath(locale)), { ...options, language: getLanguageTag(locale).toLowerCase() });
        merging.set(locale, merged);
        merged.catch(() => merging.delete(locale));
      }
      return merged;
    }),
  );
  return pagefind;
}

/**
 * Starts search for a reader on a `pageLocale` page as soon as they reach for the box: the runtime, and their
 * language's index. Where that index is one file (the build says so: wholeIndex), it is fetched now, while they type;
 * a larger index comes in parts, and each query fetches the parts it needs.
 */
export async function prepareSearch(pageLocale: Locale, { wholeIndex = false } = {}): Promise<void> {
  const locale = getWrittenLocale(pageLocale);
  const pagefind = await withIndexes([locale]);
  const probe = getSearchProbe(locale);
  if (wholeIndex && probe) await pagefind.preload(probe);
}
