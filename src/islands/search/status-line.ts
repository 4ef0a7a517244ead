import type { Translate } from '../../lib/translate.ts';

/** Stands for the reader's words while the sentence is translated: no query can hold it (query.ts removes controls). */
const slot = '\u0000';

/**
 * Writes a translated sentence that echoes the reader's words (`key`'s `{{query}}`), each echo inside `<bdi>` so that
 * whatever direction its characters have, it cannot reorder the sentence around it. Text nodes only.
 * @example writeEchoingStatus(status, t, 'search.results', { count: 2 }, 'wine') // 2 results for “<bdi>wine</bdi>”
 */
export function writeEchoingStatus(target: HTMLElement, t: Translate, key: string, values: Record<string, string | number>, query: string): void {
  const parts = t(key, { ...values, query: slot }).split(slot);
  const nodes: (string | HTMLElement)[] = [];
  parts.forEach((part, index) => {
    if (index > 0) {
      const isolate = document.createElement('bdi');
      isolate.textContent = query;
      nodes.push(isolate);
    }
    if (part) nodes.push(part);
  });
  target.replaceChildren(...nodes);
}
