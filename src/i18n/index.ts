import i18next, { type TFunction } from 'i18next';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { resources } from './resources.ts';

export { resources, type UiKey } from './resources.ts';

const i18n = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous; keys are flat and dotted, not nested.
void i18n.init({
  resources,
  lng: defaultLocale,
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  // Locale ids are lower case (zh-hant): i18next would otherwise look for zh-Hant and fall back to zh.
  lowerCaseLng: true,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
  returnNull: false,
});

/** Returns the `t` function of a locale (build time: pages and components). */
export function useTranslations(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}
