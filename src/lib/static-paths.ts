import { locales, type Locale } from './locales.ts';

/** `getStaticPaths` result for pages that exist once per language. */
export function getLocalePaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}
