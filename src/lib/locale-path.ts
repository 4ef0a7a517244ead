import { getMistakeAnchor } from './ids.ts';
import { defaultLocale, getLanguageTag, isLocale, locales, type Locale } from './locales.ts';

/** Path of a locale's home page, e.g. `/zh/`. */
export function getHomePath(locale: Locale): string {
  return `/${locale}/`;
}

/** Path of a mistake page: the slug is shared by both languages. */
export function getMistakePath(locale: Locale, slug: string): string {
  return `/${locale}/mistakes/${slug}/`;
}

/** Path of a paragraph of a mistake page, e.g. `/en/mistakes/segmenting-by-assets/#p-3-2`. */
export function getParagraphPath(locale: Locale, slug: string, paragraphId: string): string {
  return `${getMistakePath(locale, slug)}#${paragraphId}`;
}

/** Path of the whole article on one page, e.g. `/zh/article/`. */
export function getArticlePath(locale: Locale): string {
  return `/${locale}/article/`;
}

/** Path of a mistake's parallel view (both languages side by side); the chrome is in `locale`. */
export function getParallelPath(locale: Locale, slug: string): string {
  return `/${locale}/parallel/${slug}/`;
}

/** Path of a mistake's short link, e.g. `/en/3/`: a redirect page for trainers to type or print. */
export function getShortLinkPath(locale: Locale, number: number): string {
  return `/${locale}/${number}/`;
}

/**
 * Returns the hreflang alternates of a translated page: one per locale, plus `x-default`
 * (the language chooser for home pages, the English page otherwise).
 * @example getAlternatePaths('/zh/article/') // [{ hreflang: 'en', path: '/en/article/' }, { hreflang: 'zh-CN', … }, { hreflang: 'x-default', path: '/en/article/' }]
 */
export function getAlternatePaths(path: string): { hreflang: string; path: string }[] {
  const isHome = path.split('/').length <= 3;
  return [
    ...locales.map((locale) => ({ hreflang: getLanguageTag(locale), path: toLocalePath(path, locale) })),
    { hreflang: 'x-default', path: isHome ? '/' : toLocalePath(path, defaultLocale) },
  ];
}

/** Returns the locale a root-relative path (or a content entry id, `zh/mistakes/…`) belongs to, or undefined (e.g. for `/`). */
export function getPathLocale(path: string): Locale | undefined {
  const first = path.replace(/^\//, '').split('/')[0];
  return isLocale(first) ? first : undefined;
}

/**
 * Returns the same page in another language; keeps the rest of the path, query and hash.
 * @example toLocalePath('/en/mistakes/segmenting-by-assets/#p-3-2', 'zh') // '/zh/mistakes/segmenting-by-assets/#p-3-2'
 */
export function toLocalePath(path: string, target: Locale): string {
  const current = getPathLocale(path);
  if (!current) return `/${target}/`;
  return `/${target}${path.slice(current.length + 1)}`;
}

/** Path of a locale's search page; `?q=` carries the query, e.g. `/zh/search/?q=资产`. */
export function getSearchPath(locale: Locale): string {
  return `/${locale}/search/`;
}

/** Path of the self-check page, e.g. `/zh/self-check/`; with a mistake's slug, at that mistake's questions. */
export function getSelfCheckPath(locale: Locale, slug?: string): string {
  return `/${locale}/self-check/${slug ? `#${slug}` : ''}`;
}

/** Path of the workshop room, where a trainer collects a room's self-check results, e.g. `/zh/workshop/`. */
export function getWorkshopPath(locale: Locale): string {
  return `/${locale}/workshop/`;
}

/**
 * Returns the locale folder a content file sits in: the nearest folder named after a locale.
 * @example getContentLocale('/site/content/zh/mistakes/segmenting-by-assets.mdx') // 'zh'
 */
export function getContentLocale(filePath: string): Locale | undefined {
  return filePath.split(/[\\/]/).slice(0, -1).reverse().find(isLocale);
}

/** Path of a mistake's section on the whole-article page, e.g. `/en/article/#mistake-3`. */
export function getArticleSectionPath(locale: Locale, number: number): string {
  return `${getArticlePath(locale)}#${getMistakeAnchor(number)}`;
}

/** Path of a locale's glossary, e.g. `/zh/glossary/`; with a term's id, at that term. */
export function getGlossaryPath(locale: Locale, termId?: string): string {
  return `/${locale}/glossary/${termId ? `#${termId}` : ''}`;
}
