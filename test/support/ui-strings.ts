import { useTranslations, type UiKey } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/lib/locales.ts';

/** A UI string as the site shows it (src/i18n/<locale>.json through i18next), so that specs follow the wording. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return useTranslations(locale)(key, values);
}
