import i18next, { type TFunction } from 'i18next';

/**
 * i18next for code that runs in the browser, over the strings an island was given (one language, one prefix;
 * see `pickStrings`). Strings are only ever assigned to textContent, so nothing is escaped.
 */
export function createClientTranslator(locale: string, strings: Record<string, string>): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [locale]: { translation: strings } },
    lng: locale,
    fallbackLng: false,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n.getFixedT(locale);
}
