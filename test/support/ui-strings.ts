import type { ParseKeys } from 'i18next';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/lib/locales.ts';

/** A key of the UI strings, plural keys by their base (`search.results` for `search.results_one` and `_other`). */
export type UiStringKey = ParseKeys;

/** A UI string as the site shows it (src/i18n/<locale>.json through i18next), so that specs follow the wording. */
export function t(locale: Locale, key: UiStringKey, values: Record<string, string | number> = {}): string {
  return useTranslations(locale)(key, values);
}
