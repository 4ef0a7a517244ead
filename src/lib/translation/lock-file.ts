import { z } from 'astro/zod';
import { fingerprint } from './fingerprint.ts';
import type { Segment } from './segments.ts';

/** What a translation was made from: the fingerprint of its source segment, and that source (to show the diff later). */
export interface LockEntry {
  fingerprint: string;
  source: string;
}

/** A lock file (`<english file>.lock.json`): the source version each translated segment of one file translates. */
export interface LockFile {
  /** The source file, relative to the content folder, e.g. `zh/mistakes/segmenting-by-assets.mdx`. */
  source: string;
  segments: Record<string, LockEntry>;
}

const lockNote = 'Written by `npm run translations -- --accept` (docs/translations.md): never edit by hand.';

const lockSchema = z.strictObject({
  note: z.string().optional(),
  source: z.string().min(1),
  segments: z.record(z.string(), z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{12}$/), source: z.string() })),
});

/** Reads a lock file's text; throws, naming the file, when it is not a lock file (a hand edit, a merge conflict). */
export function parseLockFile(file: string, text: string): LockFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}); restore it from git or run npm run translations -- --accept ${file.replace(/\.lock\.json$/, '')}`,
      { cause: error },
    );
  }
  const parsed = lockSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file}: not a lock file (${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')})`);
  }
  return { source: parsed.data.source, segments: parsed.data.segments };
}

/** Returns a lock file's text: stable (segments in the source's order), with a note saying it is written by command. */
export function serializeLockFile(lock: LockFile): string {
  return `${JSON.stringify({ note: lockNote, source: lock.source, segments: lock.segments }, null, 2)}\n`;
}

/**
 * Records the current source of the chosen segments (every one when `ids` is omitted) as what the translation now
 * translates. Accepting a whole file also drops entries of segments the source no longer has; segments without a
 * translation (`translated` lacks them) are never recorded. Keeps the source's order.
 */
export function acceptSegments(
  lock: LockFile | undefined,
  sourceFile: string,
  source: readonly Segment[],
  translated: ReadonlySet<string>,
  ids?: ReadonlySet<string>,
): LockFile {
  const segments: Record<string, LockEntry> = {};
  for (const segment of source) {
    const previous = lock?.segments[segment.id];
    const accept = translated.has(segment.id) && (ids === undefined || ids.has(segment.id));
    if (accept) segments[segment.id] = { fingerprint: fingerprint(segment.text), source: segment.text };
    else if (previous) segments[segment.id] = previous;
  }
  if (ids !== undefined && lock) {
    for (const [id, entry] of Object.entries(lock.segments)) segments[id] ??= entry;
  }
  return { source: sourceFile, segments };
}
