import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../lib/locales.ts';
import en from './en.json';
import zh from './zh.json';

const all = { en, zh } as const;

/**
 * i18next for code that runs in the browser: only the page's language and only the keys under `prefix`
 * (e.g. `search.`), so an island carries its own strings and no others.
 */
export function createClientTranslator(locale: Locale, prefix: string): TFunction {
  const strings = Object.fromEntries(Object.entries(all[locale]).filter(([key]) => key.startsWith(prefix)));
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [locale]: { translation: strings } },
    lng: locale,
    fallbackLng: false,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // we only ever assign to textContent
    returnNull: false,
  });
  return i18n.getFixedT(locale);
}
