import { collapseWhitespace } from './fingerprint.ts';

/** One run of a diff: text both versions share, or text only the old (`removed`) or the new (`added`) one has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Beyond this many characters per side, a diff shows the two versions whole instead (the table would be too large). */
const maxCells = 4_000_000;

/**
 * Returns the character diff of two texts (longest common subsequence), merged into runs. Characters, not words: Chinese
 * has no spaces, and a revision is often one character (也以 → 也可以).
 * @example diffText('也以算是', '也可以算是') // [same 也, added 可, same 以算是]
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > maxCells) return merge([...a.map((text) => part('removed', text)), ...b.map((text) => part('added', text))]);
  // lengths[i][j]: the longest common subsequence of a[i…] and b[j…].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push(part('same', a[i] ?? ''));
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || (lengths[i * width + j + 1] ?? 0) > (lengths[(i + 1) * width + j] ?? 0))) {
      parts.push(part('added', b[j] ?? ''));
      j += 1;
    } else {
      parts.push(part('removed', a[i] ?? ''));
      i += 1;
    }
  }
  return merge(parts);
}

function part(kind: DiffPart['kind'], text: string): DiffPart {
  return { kind, text };
}

/** Joins neighbouring parts of one kind (the walk above puts a removal before the addition that replaces it). */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const next of parts) {
    const last = merged.at(-1);
    if (last?.kind === next.kind) last.text += next.text;
    else merged.push({ ...next });
  }
  return merged;
}

/**
 * Formats a diff on one line as `wdiff` does, `[-removed-]{+added+}`, keeping `context` characters of unchanged text
 * around each change (the rest shown as …), so a one-character revision in a long paragraph stays readable.
 * @example formatDiff(diffText('也以算是', '也可以算是')) // '也{+可+}以算是'
 */
export function formatDiff(parts: readonly DiffPart[], context = 20): string {
  return parts
    .map((p, index) => {
      if (p.kind === 'removed') return `[-${p.text}-]`;
      if (p.kind === 'added') return `{+${p.text}+}`;
      // No change at all: the text itself.
      if (parts.length === 1) return p.text;
      const chars = [...p.text];
      const first = index === 0;
      const last = index === parts.length - 1;
      const keepBefore = last ? 0 : context;
      const keepAfter = first ? 0 : context;
      if (chars.length <= keepBefore + keepAfter + 1) return p.text;
      const head = chars.slice(0, keepAfter).join('');
      const tail = keepBefore > 0 ? chars.slice(-keepBefore).join('') : '';
      return `${head}…${tail}`;
    })
    .join('');
}

/** Returns the diff of two source texts as the worklist and the strict build print it (line breaks as spaces; the text's own punctuation). */
export function describeRevision(before: string, after: string): string {
  return formatDiff(diffText(collapseWhitespace(before), collapseWhitespace(after)));
}
