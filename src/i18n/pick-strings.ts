import type { Locale } from '../lib/locales.ts';
import type { UiStrings } from '../lib/translate.ts';
import { resources } from './resources.ts';

/** One language's UI strings under some prefixes (e.g. `search.`), plural forms included: what an island needs, and nothing else. */
export function pickStrings(locale: Locale, ...prefixes: string[]): UiStrings {
  const strings: Record<string, string> = resources[locale].translation;
  return Object.fromEntries(Object.entries(strings).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))));
}
