/** One language's UI strings as an island receives them: flat keys, plural forms as i18next writes them (`key_one`, `key_other`). */
export type UiStrings = Record<string, string>;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The browser's `t()`: looks up resolved strings with i18next's rules for what islands use — plural forms chosen by
 * `Intl.PluralRules` from `count` (and i18next's `_zero`, used for 0 in any language when present), and `{{name}}`
 * interpolation — so i18next itself never ships to the browser.
 * A missing key returns the key, as i18next does.
 * @example createTranslate('en', { 'n_one': '{{count}} result', 'n_other': '{{count}} results' })('n', { count: 2 }) // '2 results'
 */
export function createTranslate(languageTag: string, strings: UiStrings): Translate {
  const plurals = new Intl.PluralRules(languageTag);
  return (key, values = {}) => {
    const count = values.count;
    const plural =
      typeof count === 'number'
        ? ((count === 0 ? strings[`${key}_zero`] : undefined) ?? strings[`${key}_${plurals.select(count)}`] ?? strings[`${key}_other`])
        : undefined;
    const template = plural ?? strings[key] ?? key;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
  };
}
