import { stemmer } from '@orama/stemmers/english';
import { contentLocales, getContentScript, getLanguageTag } from '../locales.ts';
import { foldSpelling } from './spelling-variants.ts';

/** One word of a query as the landing and the typo check compare it: Latin words by stem, Han words by their characters. */
export interface QueryWord {
  /** As the reader's query holds it (folded to Simplified), for the "matched" note and for corrections. */
  text: string;
  /** What is compared: a Latin word's stem, lower case; a Han word as written. */
  key: string;
  script: 'latin' | 'han';
}

const latinWord = /[\p{Script=Latin}\d]+/gu;
const hanRun = /\p{Script=Han}+/u;
// Han text is cut by the dictionary of the language written in it here (zh-CN); without one, the runtime's default.
const hanLocale = contentLocales.find((locale) => getContentScript(locale) === 'Han');
const hanTag = hanLocale && getLanguageTag(hanLocale);

/** Stems one Latin word as the English index was stemmed, British spellings folded to American first. */
export function stemWord(word: string): string {
  return stemmer(foldSpelling(word));
}

/**
 * Cuts a query into its words: Latin letters and digits by runs, Han text as the browser cuts it into words (as Pagefind
 * cuts a Chinese query, `Intl.Segmenter`), each once.
 * @example getQueryWords('customer 客户资产') // customer (stem "custom"), 客户, 资产
 */
export function getQueryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  const segmenter = new Intl.Segmenter(hanTag, { granularity: 'word' });
  for (const token of query.split(/\s+/)) {
    for (const match of token.matchAll(latinWord)) words.push({ text: match[0], key: stemWord(match[0]), script: 'latin' });
    for (const run of token.split(/[^\p{Script=Han}]+/u).filter((part) => hanRun.test(part))) {
      for (const segment of segmenter.segment(run)) if (segment.isWordLike) words.push({ text: segment.segment, key: segment.segment, script: 'han' });
    }
  }
  return words.filter((word, index) => words.findIndex((other) => other.key === word.key) === index);
}

/** The stems of a text's Latin words, for comparing with query words. */
export function getTextStems(text: string): Set<string> {
  return new Set([...text.matchAll(latinWord)].map((match) => stemWord(match[0])));
}

/**
 * Whether a text holds a query word: a Latin word by stem (or, as Pagefind matches a word being typed, as the start of a
 * word), a Han word anywhere in it.
 */
export function textHasWord(text: string, stems: ReadonlySet<string>, word: QueryWord): boolean {
  if (word.script === 'han') return text.includes(word.key);
  if (stems.has(word.key)) return true;
  for (const stem of stems) if (stem.length > word.key.length && stem.startsWith(word.key)) return true;
  return false;
}
