import { getContentScript, type Locale } from '../locales.ts';

function scriptPattern(locale: Locale): RegExp | undefined {
  const script = getContentScript(locale);
  return script ? new RegExp(`\\p{Script=${script}}`, 'u') : undefined;
}

/**
 * The indexes a query needs: those whose language's script it contains (资产 the Chinese one, "wine" the English one,
 * "wine 资产" both). A query in no indexed script (digits, or only a topic) searches them all. Each language's pages are
 * written in its own script, so a Latin query cannot find a Chinese page that an English one does not match better.
 * @example getIndexesForQuery('wine', ['en', 'zh']) // ['en']
 */
export function getIndexesForQuery(query: string, indexed: readonly Locale[]): Locale[] {
  const matching = indexed.filter((locale) => scriptPattern(locale)?.test(query) === true);
  return matching.length > 0 ? matching : [...indexed];
}
