import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../lib/locales.ts';
import en from './en.json';
import zh from './zh.json';

/** One resource per locale; `en` defines the key set (checked by test/unit/i18n-keys.test.ts). */
export const resources = {
  en: { translation: en },
  zh: { translation: zh },
} as const;

export type UiKey = keyof typeof en;

const i18n = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous; keys are flat and dotted, not nested.
void i18n.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
  returnNull: false,
});

/** Returns the `t` function of a locale. */
export function useTranslations(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}
