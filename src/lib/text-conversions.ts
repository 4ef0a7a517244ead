import { toTraditional, toTraditionalOwnWords } from './chinese-script/to-traditional.ts';
import { toTraditionalContent } from './chinese-script/traditional-content.ts';
import { getConversion, type Locale } from './locales.ts';

type Convert = (text: string) => string;

/** How a script variant's text is made from its source's, by kind of text. */
export interface TextConversion {
  /** A whole content file (MDX): the author's words and the site's own, each as they need. */
  content: Convert;
  /** The article's words (glossary terms, their variants, readers' aliases): character by character. */
  words: Convert;
  /** The site's own sentences (glossary definitions): as a reader of the variant writes. */
  ownWords: Convert;
}

/**
 * The conversions a script variant's text can be made with, by the name its row in src/lib/locales.ts gives
 * (`conversion`). Build time only: OpenCC's dictionaries are megabytes, so the locale table, which browser code
 * imports, names a conversion rather than holding it.
 */
const conversions: Record<string, TextConversion> = {
  'simplified-to-traditional': { content: toTraditionalContent, words: toTraditional, ownWords: toTraditionalOwnWords },
};

const unchanged: Convert = (text) => text;

/**
 * Returns how a locale's text is made from its source's: the conversion its row names, or the text as it is for a
 * locale with content of its own. Throws, naming the table, for a conversion this module does not know.
 * @example getTextConversion('zh-hant').words('资产') // '資產'
 */
export function getTextConversion(locale: Locale): TextConversion {
  const name = getConversion(locale);
  if (name === undefined) return { content: unchanged, words: unchanged, ownWords: unchanged };
  const conversion = conversions[name];
  if (!conversion)
    throw new Error(
      `src/lib/locales.ts: ${locale} names the conversion "${name}", which src/lib/text-conversions.ts does not know (it knows ${Object.keys(conversions).join(', ')})`,
    );
  return conversion;
}
