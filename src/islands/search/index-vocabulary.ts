import { pathWithBase } from '../../lib/base-path.ts';
import { getVocabularyPath } from '../../lib/search/bundle-path.ts';
import type { Locale } from '../../lib/locales.ts';

const vocabularies = new Map<Locale, Promise<string[]>>();

/** A language's index words (src/integrations/search-vocabulary.ts), fetched once, only when a query finds nothing. */
export function loadVocabulary(locale: Locale): Promise<string[]> {
  let loaded = vocabularies.get(locale);
  if (!loaded) {
    loaded = fetch(pathWithBase(getVocabularyPath(locale))).then(async (response) => {
      if (!response.ok) throw new Error(`${getVocabularyPath(locale)}: ${response.status}`);
      const words: unknown = await response.json();
      return Array.isArray(words) ? words.filter((word): word is string => typeof word === 'string') : [];
    });
    vocabularies.set(locale, loaded);
    // A failed fetch (offline, say) is tried again by the next query that misses.
    loaded.catch(() => vocabularies.delete(locale));
  }
  return loaded;
}
