import type { CustomTypeOptions } from 'i18next';
import { locales, type Locale } from '../lib/locales.ts';

/** A UI string's key; the default locale's strings file defines the key set (src/i18n/i18next.d.ts). */
export type UiKey = keyof CustomTypeOptions['resources']['translation'];

// Every strings file of this folder, named after its locale (`<locale>.json`): adding a locale adds a file, not an import.
const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

function getStrings(locale: Locale): Record<string, string> {
  const strings = files[`./${locale}.json`];
  if (!strings)
    throw new Error(
      `src/i18n/${locale}.json is missing: every locale of src/lib/locales.ts needs its UI strings (copy the default locale's file and translate it)`,
    );
  return strings;
}

/** One resource per locale; the default locale's defines the key set (checked by test/unit/i18n-keys.test.ts). Build time only. */
export const resources = Object.fromEntries(locales.map((locale) => [locale, { translation: getStrings(locale) }])) as Record<
  Locale,
  { translation: Record<string, string> }
>;
