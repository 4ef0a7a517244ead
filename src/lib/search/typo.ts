/**
 * Typo tolerance: when a query finds nothing, its words are corrected against the words the index holds (its
 * vocabulary, written at build time by src/integrations/search-vocabulary.ts). Latin words by edit distance (1 or 2, by
 * length); Han text by the commonly confused characters and by one wrong character in a word of the index.
 */

/** How far a word may be from a word of the index and still be taken for it: short words are too easily another word. */
export function getMaxDistance(word: string): number {
  const length = [...word].length;
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Edit distance with a swap of two neighbours counted as one edit (optimal string alignment), giving up above `limit`.
 * @example getEditDistance('segmantation', 'segmentation', 2) // 1
 */
export function getEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The index's word nearest to a Latin word, or the word itself when the index holds it (or a word it begins, as a
 * reader still typing). `vocabulary` is ordered most frequent first, so of two as near, the commoner wins.
 * @example correctLatinWord('segmantation', ['customer', 'segmentation']) // 'segmentation'
 */
export function correctLatinWord(word: string, vocabulary: readonly string[]): string {
  const lower = word.toLowerCase();
  if (vocabulary.some((known) => known.startsWith(lower))) return word;
  const limit = getMaxDistance(lower);
  let best: { word: string; distance: number } | undefined;
  for (const known of vocabulary) {
    const distance = getEditDistance(lower, known, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: known, distance };
  }
  return best?.word ?? word;
}

/**
 * Characters Chinese writers commonly type for one another (homophones the input method offers side by side, and
 * variant forms): tried one at a time in a Han query that finds nothing. Each pair goes both ways.
 */
export const confusedCharacters: readonly (readonly [string, string])[] = [
  ['帐', '账'],
  ['象', '像'],
  ['做', '作'],
  ['份', '分'],
  ['它', '他'],
  ['的', '地'],
  ['的', '得'],
  ['在', '再'],
  ['那', '哪'],
  ['己', '已'],
  ['即', '既'],
  ['型', '形'],
  ['须', '需'],
  ['决', '绝'],
  ['订', '定'],
  ['侯', '候'],
  ['粘', '黏'],
  ['着', '著'],
  ['戶', '户'],
  ['裡', '里'],
  ['為', '为'],
  ['綫', '线'],
  ['線', '线'],
  ['衆', '众'],
  ['群', '羣'],
  ['够', '夠'],
];

const confused = new Map<string, string[]>();
for (const [a, b] of confusedCharacters) {
  confused.set(a, [...(confused.get(a) ?? []), b]);
  confused.set(b, [...(confused.get(b) ?? []), a]);
}

/**
 * Corrections to try, best first, for a Han run that finds nothing: each commonly confused character swapped, then each
 * word of the index (two characters or more, longest first) that the run holds but for one character.
 * @example getHanCandidates('客户细份', ['细分']) // ['客户细分', …]
 */
export function getHanCandidates(run: string, vocabulary: readonly string[], limit = 8): string[] {
  const characters = [...run];
  const candidates = new Set<string>();
  characters.forEach((character, index) => {
    for (const other of confused.get(character) ?? []) candidates.add([...characters.slice(0, index), other, ...characters.slice(index + 1)].join(''));
  });
  const words = vocabulary.filter((word) => [...word].length >= 2 && [...word].length <= characters.length).sort((a, b) => [...b].length - [...a].length);
  for (const word of words) {
    const letters = [...word];
    for (let start = 0; start + letters.length <= characters.length; start += 1) {
      const differing = letters.filter((letter, offset) => characters[start + offset] !== letter).length;
      if (differing === 1) candidates.add([...characters.slice(0, start), ...letters, ...characters.slice(start + letters.length)].join(''));
    }
    if (candidates.size >= limit) break;
  }
  candidates.delete(run);
  return [...candidates].slice(0, limit);
}

/**
 * Corrected queries to try, best first: every Latin word corrected at once (one query), then for each Han run its
 * candidates, the rest of the query as typed. Empty when nothing could be corrected.
 */
export function getCorrections(query: string, vocabulary: readonly string[]): string[] {
  // Odd indexes are Han runs, even ones the rest (split keeps the captured runs).
  const parts = query
    .split(/(\p{Script=Han}+)/u)
    .map((part, index) => (index % 2 === 0 ? part.replace(/\p{Script=Latin}+/gu, (word) => correctLatinWord(word, vocabulary)) : part));
  const latin = parts.join('');
  const corrections = latin !== query ? [latin] : [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) return;
    for (const candidate of getHanCandidates(part, vocabulary)) corrections.push(parts.map((other, at) => (at === index ? candidate : other)).join(''));
  });
  return corrections;
}
