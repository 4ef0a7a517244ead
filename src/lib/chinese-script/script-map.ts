// The browser half of script folding: no OpenCC here, only the small maps that buildScriptMaps (fold-map.ts)
// derives at build time from the characters the content uses.

/** Character maps between the scripts, limited to the content's characters: what ships to the browser. */
export interface ScriptMaps {
  /** Traditional or regional-variant character → the Simplified character the content uses, e.g. 髮 → 发. */
  toSimplified: Record<string, string>;
  /** Simplified character → its usual Traditional form in the content, e.g. 发 → 發. */
  toTraditional: Record<string, string>;
  /** Words of the content whose Traditional form is not that of their characters one by one, e.g. 头发 → 頭髮. */
  phrases: Record<string, string>;
}

/**
 * ScriptMaps as they ship to the browser, half the size of the maps as JSON: each map a string of character pairs, and
 * `toTraditional` only where it differs from the inverse of `toSimplified` (a Simplified character that one Traditional
 * character folds to converts back to that one). A pair of the same character twice means no Traditional form.
 */
export interface PackedScriptMaps {
  toSimplified: string;
  toTraditionalExceptions: string;
  phrases: Record<string, string>;
}

function toPairs(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([from, to]) => `${from}${to}`)
    .join('');
}

function fromPairs(pairs: string): Record<string, string> {
  const chars = Array.from(pairs);
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) map[chars[i] ?? ''] = chars[i + 1] ?? '';
  return map;
}

/** The single Traditional character each Simplified one is folded from, where there is only one. */
function invertUnique(toSimplified: Record<string, string>): Record<string, string> {
  const sources = new Map<string, string[]>();
  for (const [traditional, simplified] of Object.entries(toSimplified)) sources.set(simplified, [...(sources.get(simplified) ?? []), traditional]);
  const inverse: Record<string, string> = {};
  for (const [simplified, [only, ...others]] of sources) if (only !== undefined && others.length === 0) inverse[simplified] = only;
  return inverse;
}

/** Packs maps for the browser (build time); unpackScriptMaps gives them back. Every map entry is one character to one. */
export function packScriptMaps(maps: ScriptMaps): PackedScriptMaps {
  const derived = invertUnique(maps.toSimplified);
  const exceptions: Record<string, string> = {};
  for (const [simplified, traditional] of Object.entries(maps.toTraditional)) if (derived[simplified] !== traditional) exceptions[simplified] = traditional;
  for (const simplified of Object.keys(derived)) if (!Object.hasOwn(maps.toTraditional, simplified)) exceptions[simplified] = simplified;
  return { toSimplified: toPairs(maps.toSimplified), toTraditionalExceptions: toPairs(exceptions), phrases: maps.phrases };
}

/** Unpacks maps packed by packScriptMaps. */
export function unpackScriptMaps(packed: PackedScriptMaps): ScriptMaps {
  const toSimplified = fromPairs(packed.toSimplified);
  const toTraditional = invertUnique(toSimplified);
  for (const [simplified, traditional] of Object.entries(fromPairs(packed.toTraditionalExceptions))) {
    if (simplified === traditional) delete toTraditional[simplified];
    else toTraditional[simplified] = traditional;
  }
  return { toSimplified, toTraditional, phrases: packed.phrases };
}

function lookUp(map: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * Folds a query to the script the index holds: each Traditional character the content has in Simplified
 * becomes that Simplified character; any other character stays as typed.
 * @example foldToSimplified('客戶細分', maps) // '客户细分'
 */
export function foldToSimplified(query: string, maps: ScriptMaps): string {
  return Array.from(query, (char) => lookUp(maps.toSimplified, char) ?? char).join('');
}

/** Returns the length, in characters, of the longest phrase in the map. */
function getLongestPhrase(maps: ScriptMaps): number {
  return Math.max(0, ...Object.keys(maps.phrases).map((phrase) => Array.from(phrase).length));
}

/**
 * Converts text of the content (an excerpt, a title) to Traditional as the build did:
 * the longest listed phrase first, else character by character.
 * @example toTraditionalText('剪头发后', maps) // '剪頭髮後'
 */
export function toTraditionalText(text: string, maps: ScriptMaps): string {
  const chars = Array.from(text);
  const longest = getLongestPhrase(maps);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    let matched = false;
    for (let length = Math.min(longest, chars.length - i); length >= 2 && !matched; length -= 1) {
      const phrase = lookUp(maps.phrases, chars.slice(i, i + length).join(''));
      if (phrase !== undefined) {
        out.push(phrase);
        i += length;
        matched = true;
      }
    }
    if (!matched) {
      const char = chars[i] ?? '';
      out.push(lookUp(maps.toTraditional, char) ?? char);
      i += 1;
    }
  }
  return out.join('');
}

/**
 * Converts HTML (a search excerpt with `<mark>`s) like toTraditionalText, reading its text across tags,
 * so that a word cut by a highlight still converts as a word: 反<mark>复</mark> → 反<mark>覆</mark>.
 */
export function toTraditionalHtml(html: string, maps: ScriptMaps): string {
  const parts = html.split(/(<[^>]*>)/);
  const texts = parts.filter((_, i) => i % 2 === 0);
  const converted = Array.from(toTraditionalText(texts.join(''), maps));
  // The maps convert character for character, so each text keeps its length; otherwise convert texts one by one.
  if (converted.length !== Array.from(texts.join('')).length) return parts.map((part, i) => (i % 2 === 0 ? toTraditionalText(part, maps) : part)).join('');
  let offset = 0;
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const length = Array.from(part).length;
      offset += length;
      return converted.slice(offset - length, offset).join('');
    })
    .join('');
}
