import { indexedLocales } from '../../lib/search/bundle-path.ts';
import { getIndexesForQuery } from '../../lib/search/index-routing.ts';
import { groupHits } from '../../lib/search/result-groups.ts';
import { toSearchHit, type SearchHit } from '../../lib/search/results.ts';
import { getSourceLocale, type Locale } from '../../lib/locales.ts';
import { foldToSimplified, toTraditionalText, unpackScriptMaps, type PackedScriptMaps } from '../../lib/chinese-script/script-map.ts';
import { stemEnglishWords } from '../../lib/search/english-stems.ts';
import { getQueryWords } from '../../lib/search/query-words.ts';
import { expandSynonyms } from '../../lib/search/synonyms.ts';
import scriptMapsData from 'kb:data/script-maps';
import synonymsData from 'kb:data/synonyms';
import { loadVocabulary } from './index-vocabulary.ts';
import { withIndexes } from './pagefind-runtime.ts';

// Built from the content's characters at build time (src/integrations/script-maps-data.ts): about 1.4 KB gzip.
const scriptMaps = unpackScriptMaps(scriptMapsData as PackedScriptMaps);
// Readers' words → the article's (content/synonyms.yaml, src/integrations/synonyms-data.ts): a few dozen bytes gzip.
const synonyms = (synonymsData ?? {}) as Record<string, string>;

/** How many results we fetch the data of: enough for every page of a small article in every language. */
const resultLimit = 16;

/** What a search found, and, when the reader's words found nothing and a correction did, the query searched instead. */
export interface SearchOutcome {
  hits: SearchHit[];
  corrected?: string;
}

/** How many corrections of a query that finds nothing are tried, best first; each is one search of indexes already here. */
const correctionLimit = 8;

/**
 * One search. `missed`: a word of the query is in none of the hits — no hits at all, or, since Pagefind drops a Chinese
 * word it does not know and finds the rest, a Han word none of the found pages holds (their text without the segmenter's
 * U+200B marks).
 */
async function searchOnce(pageLocale: Locale, folded: string, topic: string): Promise<{ hits: SearchHit[]; missed: boolean }> {
  const pagefind = await withIndexes(folded ? getIndexesForQuery(folded, indexedLocales) : indexedLocales);
  const response = await pagefind.search(stemEnglishWords(folded) || null, topic ? { filters: { topic } } : {});
  const data = await Promise.all(response.results.slice(0, resultLimit).map((result) => result.data()));
  const hits = data.map((entry) => toSearchHit(entry, pageLocale, folded, scriptMaps)).filter((hit): hit is SearchHit => hit !== undefined);
  const texts = data.map((entry) => (entry.content ?? '').replaceAll('\u200b', ''));
  const hanWords = getQueryWords(folded).filter((word) => word.script === 'han');
  const missed = hits.length === 0 || hanWords.some((word) => !texts.some((text) => text.includes(word.key)));
  return { hits: groupHits(hits, pageLocale), missed: Boolean(folded) && missed };
}

/**
 * Searches the languages the query is written in (src/lib/search/index-routing.ts), the reader's language first, one
 * result per page; an empty query with a topic lists that topic's pages.
 * The query is folded to Simplified first (the Chinese index holds the author's Simplified text), on every page, so that
 * 資產 finds 资产 wherever it is typed; readers' words of the synonym table become the article's (顾客 → 客户,
 * src/lib/search/synonyms.ts); and its English words are stemmed as the English index's were, British spellings folded.
 * When it finds nothing (and `verbatim` is not asked), its words are corrected against the indexes' vocabularies
 * (src/lib/search/typo.ts, loaded only then) and the first correction that finds something is shown instead.
 */
export async function searchAllLanguages(pageLocale: Locale, query: string, topic: string, { verbatim = false } = {}): Promise<SearchOutcome> {
  if (!query && !topic) return { hits: [] };
  const folded = expandSynonyms(foldToSimplified(query, scriptMaps), synonyms);
  const { hits, missed } = await searchOnce(pageLocale, folded, topic);
  if (!missed || verbatim) return { hits };
  const [{ getCorrections }, words] = await Promise.all([
    import('../../lib/search/typo.ts'),
    // Without a vocabulary (offline before it was cached, say) the reader still gets the honest "nothing matches".
    Promise.all(getIndexesForQuery(folded, indexedLocales).map((locale) => loadVocabulary(locale).catch((): string[] => []))),
  ]);
  for (const correction of getCorrections(folded, words.flat()).slice(0, correctionLimit)) {
    const corrected = await searchOnce(pageLocale, correction, topic);
    if (!corrected.missed) return { hits: corrected.hits, corrected: getSourceLocale(pageLocale) ? toTraditionalText(correction, scriptMaps) : correction };
  }
  return { hits };
}
