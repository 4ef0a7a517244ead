import { writeSearchParams } from '../../lib/search/query.ts';
import type { Translate } from '../../lib/translate.ts';
import type { SearchOutcome } from './pagefind-client.ts';

/** Marks a slot in a translated sentence: no translation or query holds U+0000 (query.ts removes controls). */
const slotMark = '\u0000';

/** Wraps echoed text in `<bdi>` (and `<em>` when asked), so that whatever direction its characters have, it cannot reorder the sentence. */
export function isolate(text: string, { emphasis = false } = {}): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = text;
  if (!emphasis) return bdi;
  const em = document.createElement('em');
  em.append(bdi);
  return em;
}

/**
 * A translated sentence as nodes, its `{{name}}` slots filled with the given nodes (echoed words, links), the rest text:
 * nothing a reader typed is ever parsed as HTML.
 * @example sentence(t, 'search.results', { count: 2 }, { query: isolate('wine') }) // 2 results for “<bdi>wine</bdi>”
 */
export function sentence(t: Translate, key: string, values: Record<string, string | number>, slots: Record<string, Node>): (string | Node)[] {
  const marked = Object.fromEntries(Object.keys(slots).map((name) => [name, `${slotMark}${name}${slotMark}`]));
  return t(key, { ...values, ...marked })
    .split(slotMark)
    .map((part, index) => (index % 2 === 1 ? (slots[part] ?? part) : part))
    .filter((part) => part !== '');
}

/**
 * The status line: how many results for the reader's words (echoed inside `<bdi>`), or for a topic alone (named by its
 * label), or for the correction searched instead, with a link that searches the words as typed on `searchPage`.
 */
export function describeOutcome(
  { hits, corrected }: SearchOutcome,
  { text, topic, topicLabel, searchPage }: { text: string; topic: string; topicLabel: string; searchPage: string },
  t: Translate,
): (string | Node)[] {
  const count = hits.length;
  if (!text) return [t('search.topicResults', { count, topic: topicLabel })];
  if (hits.length === 0) return sentence(t, 'search.noResults', {}, { query: isolate(text) });
  if (corrected === undefined) return sentence(t, 'search.results', { count }, { query: isolate(text) });
  const instead = document.createElement('a');
  instead.href = `${searchPage}${writeSearchParams(text, topic, { verbatim: true })}`;
  instead.dataset.searchInstead = '';
  instead.append(...sentence(t, 'search.searchInstead', {}, { query: isolate(text, { emphasis: true }) }));
  return [...sentence(t, 'search.corrected', { count }, { corrected: isolate(corrected, { emphasis: true }) }), ' ', instead];
}
