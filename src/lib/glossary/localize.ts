import { toTraditional, toTraditionalOwnWords } from '../chinese-script/to-traditional.ts';
import { getWrittenLocale, type Locale } from '../locales.ts';
import type { GlossaryTerm } from './schema.ts';

/** One language's side of a glossary term: the word the text uses, its other forms, a definition, readers' words. */
export interface TermSide {
  term: string;
  variants: string[];
  definition: string;
  aliases: string[];
}

type Convert = (text: string) => string;

/**
 * How a script variant's text is made from its source's, per converted locale: the article's words (term, variants)
 * and readers' words (aliases, which search folds to Simplified) character by character; our definitions as a
 * Taiwanese reader writes (toTraditionalOwnWords).
 */
const converters: Partial<Record<Locale, { words: Convert; ownWords: Convert }>> = { 'zh-hant': { words: toTraditional, ownWords: toTraditionalOwnWords } };
const unchanged: Convert = (text) => text;

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
  const { words, ownWords } = converters[locale] ?? { words: unchanged, ownWords: unchanged };
  return {
    term: words(side.term),
    variants: side.variants.map(words),
    definition: ownWords(side.definition),
    aliases: side.aliases.map(words),
  };
}
