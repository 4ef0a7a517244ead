import type { Locale } from '../locales.ts';
import { withBase } from '../locale-path.ts';

/**
 * The bundle the browser loads Pagefind's code and WebAssembly from; the other language's index is merged into it.
 * Chinese, because merged indexes run on the main bundle's WebAssembly and only this way round do both languages work.
 */
export const mainSearchLocale: Locale = 'zh';

/** Where a language's Pagefind bundle is served, e.g. `/kb/pagefind/zh/` under the base path `/kb/`. */
export function getSearchBundlePath(locale: Locale, base: string): string {
  return withBase(`/pagefind/${locale}/`, base);
}
