import { getWrittenLocale, type Locale } from '../locales.ts';
import { getTextConversion } from '../text-conversions.ts';
import type { GlossaryTerm } from './schema.ts';

/** One language's side of a glossary term: the word the text uses, its other forms, a definition, readers' words. */
export interface TermSide {
  term: string;
  variants: string[];
  definition: string;
  aliases: string[];
}

/**
 * Returns a term in one locale: its own side for a written locale, its source's side converted for a script variant
 * (zh-hant: the zh side in Traditional characters).
 * @example getTermSide(term, 'zh-hant').term // '高資產客戶'
 */
export function getTermSide(term: GlossaryTerm, locale: Locale): TermSide {
  const side = term[getWrittenLocale(locale)];
  // The article's words character by character; our definitions as a reader of the variant writes (zh-hant: Taiwan).
  const { words, ownWords } = getTextConversion(locale);
  return {
    term: words(side.term),
    variants: side.variants.map(words),
    definition: ownWords(side.definition),
    aliases: side.aliases.map(words),
  };
}
