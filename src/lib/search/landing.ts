import { paragraphIdPattern } from '../ids.ts';
import { getTextStems, textHasWord, type QueryWord } from './query-words.ts';

/** An element with an id that Pagefind recorded: its tag, id, own text and word position. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** Where a result opens: a paragraph or glossary entry id, and, when only a reader's word led there, which word and term. */
export interface Landing {
  id: string;
  alias?: { words: string; term: string };
}

/** Marks an anchor as a part of a target's text (`ability-to-pay--term`) or an alias of a term it uses. */
const partSeparator = '--';
const aliasMarker = `${partSeparator}alias${partSeparator}`;

/**
 * The id of a hidden alias group: the target it belongs to and the term, every character but ASCII letters, digits and
 * dashes written as `_<hex code point>_` (an id keeps to those, and holds no spaces).
 * @example getAliasId('p-3-2', 'tide records') // 'p-3-2--alias--tide_20_records'
 */
export function getAliasId(target: string, term: string): string {
  return `${target}${aliasMarker}${[...term].map((character) => (/[A-Za-z0-9-]/.test(character) ? character : `_${(character.codePointAt(0) ?? 0).toString(16)}_`)).join('')}`;
}

function decodeAliasTerm(encoded: string): string {
  return encoded.replace(/_([0-9a-f]+)_/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/** The id of a part of a glossary entry whose own text search compares (`ability-to-pay--term`). */
export function getEntryPartId(entry: string, part: 'term' | 'definition'): string {
  return `${entry}${partSeparator}${part}`;
}

interface Candidate {
  id: string;
  text: string;
  order: number;
  alias?: { term: string };
}

/** The visible texts a result can open at (paragraphs, or glossary entries' parts), and the alias groups, in page order. */
function getCandidates(anchors: readonly PagefindAnchor[], glossary: boolean): { visible: Candidate[]; aliases: Candidate[] } {
  const visible: Candidate[] = [];
  const aliases: Candidate[] = [];
  anchors.forEach((anchor, order) => {
    const aliasAt = anchor.id.indexOf(aliasMarker);
    if (aliasAt > 0) {
      const term = decodeAliasTerm(anchor.id.slice(aliasAt + aliasMarker.length));
      aliases.push({ id: anchor.id.slice(0, aliasAt), text: anchor.text, order, alias: { term } });
    } else if (glossary ? anchor.id.includes(partSeparator) : anchor.element === 'p' && paragraphIdPattern.test(anchor.id)) {
      visible.push({ id: glossary ? anchor.id.slice(0, anchor.id.lastIndexOf(partSeparator)) : anchor.id, text: anchor.text, order });
    }
  });
  return { visible: mergeParts(visible), aliases };
}

/** A glossary entry's term and definition are two anchors: compare them as one text. */
function mergeParts(candidates: Candidate[]): Candidate[] {
  const merged = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = merged.get(candidate.id);
    merged.set(candidate.id, seen ? { ...seen, text: `${seen.text} ${candidate.text}` } : candidate);
  }
  return [...merged.values()];
}

/**
 * Chooses where a result opens: the paragraph (or glossary entry) whose visible text holds all the query's words, else
 * the most of them, else the rarest one (held by the fewest places on the page); earliest first among equals. When a
 * hidden alias group holds more of the words than any visible text, the result opens at the text its term belongs to,
 * and says which words led there. Undefined when nothing on the page holds a word (Pagefind matched by a longer prefix).
 */
export function chooseLanding(anchors: readonly PagefindAnchor[], words: readonly QueryWord[], { glossary = false } = {}): Landing | undefined {
  if (words.length === 0) return undefined;
  const { visible, aliases } = getCandidates(anchors, glossary);
  const held = (candidate: Candidate) => {
    const stems = getTextStems(candidate.text);
    return words.map((word) => textHasWord(candidate.text, stems, word));
  };
  const visibleHeld = visible.map(held);
  const frequency = words.map((_, index) => visibleHeld.filter((row) => row[index]).length);
  // More words first; among as many, rarer words (a word on fewer paragraphs says more about where the reader wants to go).
  const score = (row: boolean[]) => [row.filter(Boolean).length, -row.reduce((sum, has, index) => sum + (has ? (frequency[index] ?? 0) : 0), 0)] as const;
  let best: { candidate: Candidate; score: readonly [number, number] } | undefined;
  visible.forEach((candidate, index) => {
    const current = score(visibleHeld[index] ?? []);
    if (current[0] === 0) return;
    if (!best || current[0] > best.score[0] || (current[0] === best.score[0] && current[1] > best.score[1])) best = { candidate, score: current };
  });
  let bestAlias: { candidate: Candidate; count: number; words: string } | undefined;
  for (const candidate of aliases) {
    const row = held(candidate);
    const count = row.filter(Boolean).length;
    if (count > (bestAlias?.count ?? 0))
      bestAlias = {
        candidate,
        count,
        words: words
          .filter((_, index) => row[index])
          .map((word) => word.text)
          .join(' '),
      };
  }
  if (bestAlias && bestAlias.count > (best?.score[0] ?? 0)) {
    return {
      id: bestAlias.candidate.id,
      alias: { words: findAliasWords(bestAlias.candidate.text, bestAlias.words), term: bestAlias.candidate.alias?.term ?? '' },
    };
  }
  return best ? { id: best.candidate.id } : undefined;
}

/** The alias in a group (`rich clients · big spenders`) that holds the matched words, as written there; else the words. */
function findAliasWords(group: string, matched: string): string {
  const words = matched.toLowerCase().split(' ');
  const aliases = group.split('·').map((alias) => alias.trim());
  return (
    aliases.find((alias) => words.every((word) => alias.toLowerCase().includes(word))) ??
    aliases.find((alias) => words.some((word) => alias.toLowerCase().includes(word))) ??
    matched
  );
}
