import type { Locale } from '../locales.ts';
import { withBase } from '../locale-path.ts';

/** Where a language's Pagefind bundle is served, e.g. `/kb/pagefind/zh/` under the base path `/kb/`. */
export function getSearchBundlePath(locale: Locale, base: string): string {
  return withBase(`/pagefind/${locale}/`, base);
}
