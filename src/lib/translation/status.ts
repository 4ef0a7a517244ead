import { describeRevision } from './diff.ts';
import { fingerprint } from './fingerprint.ts';
import type { LockFile } from './lock-file.ts';
import type { Segment } from './segments.ts';

/**
 * Where one segment's translation stands, as Weblate and Crowdin name it: `current` (translates today's source),
 * `outdated` (its source was revised since; `before` is what it translated), `unconfirmed` (translated, but nobody has
 * recorded which source version: a new file or segment, run --accept after checking) or `missing` (no translation).
 */
export type SegmentStatus =
  | { id: string; state: 'current' }
  | { id: string; state: 'outdated'; before: string; after: string; diff: string }
  | { id: string; state: 'unconfirmed'; after: string }
  | { id: string; state: 'missing'; after: string };

export type SegmentState = SegmentStatus['state'];

/** Returns each source segment's status, in the source's order. */
export function getSegmentStatuses(source: readonly Segment[], translated: ReadonlySet<string>, lock: LockFile | undefined): SegmentStatus[] {
  return source.map((segment): SegmentStatus => {
    if (!translated.has(segment.id)) return { id: segment.id, state: 'missing', after: segment.text };
    const entry = lock?.segments[segment.id];
    if (!entry) return { id: segment.id, state: 'unconfirmed', after: segment.text };
    if (entry.fingerprint === fingerprint(segment.text)) return { id: segment.id, state: 'current' };
    return { id: segment.id, state: 'outdated', before: entry.source, after: segment.text, diff: describeRevision(entry.source, segment.text) };
  });
}

/** Returns the ids of the segments whose source was revised since they were translated (the ones a page marks). */
export function getOutdatedIds(statuses: readonly SegmentStatus[]): Set<string> {
  return new Set(statuses.filter((status) => status.state === 'outdated').map((status) => status.id));
}

/** Counts statuses by state, e.g. `{ current: 5, outdated: 1, unconfirmed: 0, missing: 0 }`. */
export function countStates(statuses: readonly SegmentStatus[]): Record<SegmentState, number> {
  const counts: Record<SegmentState, number> = { current: 0, outdated: 0, unconfirmed: 0, missing: 0 };
  for (const status of statuses) counts[status.state] += 1;
  return counts;
}
