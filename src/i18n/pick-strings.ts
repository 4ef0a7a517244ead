import type { Locale } from '../lib/locales.ts';
import en from './en.json';
import zh from './zh.json';

const resources: Record<Locale, Record<string, string>> = { en, zh };

/** One language's UI strings under a prefix (e.g. `search.`): what an island needs, and nothing else. */
export function pickStrings(locale: Locale, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(resources[locale]).filter(([key]) => key.startsWith(prefix)));
}
