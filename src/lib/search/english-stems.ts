import { stemmer } from '@orama/stemmers/english';
import { foldSpelling } from './spelling-variants.ts';

/**
 * Stems the English words of a query as Pagefind stemmed the English pages when it indexed them ("customers" →
 * "custom"). Needed because the browser searches every language on Pagefind's plain WebAssembly (see searchRuntimePath),
 * which does not stem English queries: unstemmed, "customers" only matched the pages where the word was never stemmed.
 * British spellings are folded to the text's American ones first (spelling-variants.ts): "behaviour" → "behavior".
 * Pagefind matches the last word as a prefix, so a stem also finds longer indexed forms. Other text stays as it is.
 * @example stemEnglishWords('tagging customers 资产') // 'tag custom 资产'
 */
export function stemEnglishWords(query: string): string {
  return query.replace(/[A-Za-z]+/g, (word) => stemmer(foldSpelling(word)));
}
