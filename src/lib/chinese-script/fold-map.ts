import { Converter, Locale, type DictGroup } from 'opencc-js';
import { toTraditional } from './to-traditional.ts';
import { toTraditionalText, type ScriptMaps } from './script-map.ts';

export type { ScriptMaps } from './script-map.ts';

/** A run of text with its conversion, character by character. */
interface AlignedRun {
  simplified: string[];
  traditional: string[];
}

/** Longest phrase learned, in characters: a word that needs more context is left to the character maps. */
const maxPhraseLength = 4;

function alignRuns(texts: readonly string[]): AlignedRun[] {
  const runs = texts.flatMap((text) => text.match(/[^\p{ASCII}]+/gu) ?? []);
  return runs
    .map((run) => ({ simplified: Array.from(run), traditional: Array.from(toTraditional(run)) }))
    .filter((run) => run.simplified.length === run.traditional.length);
}

/** The Traditional form each Simplified character takes most often in the content. */
function getUsualForms(runs: readonly AlignedRun[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { simplified, traditional } of runs) {
    simplified.forEach((char, i) => {
      const forms = counts.get(char) ?? new Map<string, number>();
      const form = traditional[i] ?? char;
      forms.set(form, (forms.get(form) ?? 0) + 1);
      counts.set(char, forms);
    });
  }
  const usual = new Map<string, string>();
  for (const [char, forms] of counts) {
    const [form = char] = [...forms].sort((a, b) => b[1] - a[1]).map(([candidate]) => candidate);
    usual.set(char, form);
  }
  return usual;
}

function join(chars: readonly string[], start: number, length: number): string {
  return chars.slice(start, start + length).join('');
}

/**
 * True when `phrase` is a word in its own right (converted alone, it gives `target`: 了解 → 瞭解, not 们了 → 們瞭)
 * and every occurrence of it in the content converts to `target`.
 */
function isPhrase(phrase: string, target: string, runs: readonly AlignedRun[], length: number): boolean {
  if (toTraditional(phrase) !== target) return false;
  return runs.every(({ simplified, traditional }) =>
    simplified.every((_, i) => join(simplified, i, length) !== phrase || join(traditional, i, length) === target),
  );
}

/** Learns the shortest phrases that make the character maps reproduce OpenCC's conversion of the content. */
function learnPhrases(runs: readonly AlignedRun[], maps: ScriptMaps): void {
  for (let round = 0; round < maxPhraseLength; round += 1) {
    let learned = false;
    for (const run of runs) {
      const converted = Array.from(toTraditionalText(run.simplified.join(''), maps));
      run.traditional.forEach((expected, i) => {
        if (converted[i] === expected) return;
        for (let length = 2; length <= maxPhraseLength; length += 1) {
          for (let start = Math.max(0, i - length + 1); start <= i && start + length <= run.simplified.length; start += 1) {
            const phrase = join(run.simplified, start, length);
            const target = join(run.traditional, start, length);
            if (isPhrase(phrase, target, runs, length)) {
              maps.phrases[phrase] = target;
              learned = true;
              return;
            }
          }
        }
      });
    }
    if (!learned) return;
  }
}

/** Single characters that some Traditional-to-Simplified dictionary converts: what a reader may type. */
function getTraditionalCandidates(groups: readonly DictGroup[]): Set<string> {
  const candidates = new Set<string>();
  for (const dict of groups.flat()) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict;
    for (const [source = ''] of pairs) if (Array.from(source).length === 1) candidates.add(source);
  }
  return candidates;
}

/** Traditional → Simplified as Taiwan and Hong Kong write it, built once. */
let regions: ((text: string) => string)[] | undefined;

/** Maps each Traditional character (Taiwan, Hong Kong or OpenCC standard) to the Simplified one the content uses. */
function getFoldMap(runs: readonly AlignedRun[], usual: ReadonlyMap<string, string>): Record<string, string> {
  const used = new Set(usual.keys());
  const fold: Record<string, string> = {};
  const add = (traditional: string, simplified: string) => {
    // A character the content itself uses already matches as typed: folding it would lose those matches.
    if (traditional === simplified || used.has(traditional) || !used.has(simplified) || Object.hasOwn(fold, traditional)) return;
    fold[traditional] = simplified;
  };
  for (const { simplified, traditional } of runs) simplified.forEach((char, i) => add(traditional[i] ?? char, char));
  regions ??= ['tw', 'hk'].map((from) => Converter({ from, to: 'cn' }));
  const candidates = getTraditionalCandidates([...(Locale.to.cn ?? []), ...(Locale.from.tw ?? []), ...(Locale.from.hk ?? [])]);
  for (const candidate of [...candidates].sort()) {
    for (const convert of regions) add(candidate, convert(candidate));
  }
  return fold;
}

/**
 * Builds the character maps between Simplified and Traditional from the texts the site shows in Chinese
 * (content sources, UI strings): only characters they use, so that the map stays small enough to ship.
 */
export function buildScriptMaps(texts: readonly string[]): ScriptMaps {
  const runs = alignRuns(texts);
  const usual = getUsualForms(runs);
  const toTraditional: Record<string, string> = {};
  for (const [char, form] of [...usual].sort()) if (form !== char) toTraditional[char] = form;
  const maps: ScriptMaps = { toSimplified: getFoldMap(runs, usual), toTraditional, phrases: {} };
  learnPhrases(runs, maps);
  return maps;
}
