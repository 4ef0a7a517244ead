import { toTraditional } from './chinese-script/to-traditional.ts';
import { getConversion, type Locale } from './locales.ts';

/**
 * The conversions a script variant's text can be made with, by the name its row in src/lib/locales.ts gives
 * (`conversion`). Build time only: OpenCC's dictionaries are megabytes, so the locale table, which browser code
 * imports, names a conversion rather than holding it.
 */
const conversions: Record<string, (text: string) => string> = {
  'simplified-to-traditional': toTraditional,
};

/**
 * Returns how a locale's text is made from its source's: the conversion its row names, or the text as it is for a
 * locale with content of its own. Throws, naming the table, for a conversion this module does not know.
 * @example getTextConversion('zh-hant')('资产') // '資產'
 */
export function getTextConversion(locale: Locale): (text: string) => string {
  const name = getConversion(locale);
  if (name === undefined) return (text) => text;
  const convert = conversions[name];
  if (!convert) throw new Error(`src/lib/locales.ts: ${locale} names the conversion "${name}", which src/lib/text-conversions.ts does not know (it knows ${Object.keys(conversions).join(', ')})`);
  return convert;
}
