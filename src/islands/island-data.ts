import { defaultLocale, getLanguageTag, isLocale, type Locale } from '../lib/locales.ts';
import { createTranslate, type Translate, type UiStrings } from '../lib/translate.ts';

/** Reads a JSON attribute our build wrote; a broken one leaves the island's markup as it is without JavaScript. */
export function readIslandJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** An island's page language (`data-locale`) and its strings (`data-strings`, resolved at build time) as a translator. */
export function readIslandLanguage(element: HTMLElement): { locale: Locale; t: Translate } {
  const locale = isLocale(element.dataset.locale) ? element.dataset.locale : defaultLocale;
  return { locale, t: createTranslate(getLanguageTag(locale), readIslandJson<UiStrings>(element.dataset.strings, {})) };
}
