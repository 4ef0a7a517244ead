import { getOtherLocale, isLocale, type Locale } from './locales.ts';

/** Joins the site's base path and a root-relative path, e.g. (`/kb/`, `/en/`) → `/kb/en/`. */
export function withBase(path: string, base = '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Removes the base path from a pathname, e.g. (`/kb/en/`, `/kb/`) → `/en/`. */
export function withoutBase(pathname: string, base = '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase && pathname.startsWith(`${trimmedBase}/`)) return pathname.slice(trimmedBase.length);
  return pathname;
}

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

/** Returns the locale a root-relative path belongs to, or undefined (e.g. for `/`). */
export function getPathLocale(path: string): Locale | undefined {
  const first = path.split('/')[1];
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

/** Returns the same page in the other language of the site. */
export function toOtherLocalePath(path: string): string {
  const current = getPathLocale(path);
  return toLocalePath(path, current ? getOtherLocale(current) : 'en');
}

/** Path of a locale's search page; `?q=` carries the query, e.g. `/zh/search/?q=资产`. */
export function getSearchPath(locale: Locale): string {
  return `/${locale}/search/`;
}
