import { getGlossaryPath, getPathLocale, getSelfCheckPath, getWorkshopPath } from '../locale-path.ts';

/**
 * True when a page shows the author's text (home, a mistake, the whole article, the parallel view, search results),
 * false for the pages that hold only the site's own words (glossary, self-check, workshop): a script variant's notice
 * says the author's original was converted, which only the first are.
 * @example showsAuthorText('/zh-hant/glossary/') // false
 */
export function showsAuthorText(path: string): boolean {
  const locale = getPathLocale(path);
  if (!locale) return false;
  const ownWordsOnly = [getGlossaryPath(locale), getSelfCheckPath(locale), getWorkshopPath(locale)];
  return !ownWordsOnly.includes(path.replace(/[?#].*$/, ''));
}
