import type { Translate } from '../../lib/translate.ts';

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
