import { toTraditional } from '../chinese-script/to-traditional.ts';
import { getWrittenLocale, type Locale } from '../locales.ts';
import type { GlossaryTerm } from './schema.ts';

/** One language's side of a glossary term: the word the text uses, its other forms, a definition, readers' words. */
export interface TermSide {
  term: string;
  variants: string[];
  definition: string;
  aliases: string[];
}

/** How a script variant's text is made from its source's: the converters, one per converted locale. */
const converters: Partial<Record<Locale, (text: string) => string>> = { 'zh-hant': toTraditional };

/** The glossary's languages: a side per written language; a script variant reads its source's side, converted. */
const sides = { en: 'en', zh: 'zh' } as const;

/**
 * Returns a term in one locale: its own side for en and zh, the source's side converted for a script variant
 * (zh-hant: the zh side in Traditional characters).
 * @example getTermSide(term, 'zh-hant').term // '高資產客戶'
 */
export function getTermSide(term: GlossaryTerm, locale: Locale): TermSide {
  const source = getWrittenLocale(locale);
  const side = term[sides[source as keyof typeof sides] ?? 'en'];
  const convert = converters[locale] ?? ((text: string) => text);
  return {
    term: convert(side.term),
    variants: side.variants.map(convert),
    definition: convert(side.definition),
    aliases: side.aliases.map(convert),
  };
}
