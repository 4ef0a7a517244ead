import { getLocaleAliases, locales, type Locale } from './locales.ts';

/** The root-relative path of a language's 404 page, e.g. `/zh/404.html`: what a host serves for a missing path under `/zh/`. */
export function getNotFoundPath(locale: Locale): string {
  return `/${locale}/404.html`;
}

/** Every URL prefix a missing path can sit under, and the locale whose 404 page answers it (`/zh-tw/` → zh-hant). */
export function getNotFoundPrefixes(): { prefix: string; locale: Locale }[] {
  return locales.flatMap((locale) => [locale, ...getLocaleAliases(locale)].map((prefix) => ({ prefix: `/${prefix}/`, locale })));
}
