import type { MistakeStatus } from '../self-check/scoring.ts';
import type { MistakeTally, RoomSummary } from './aggregate-room.ts';

/** The statuses of a bar, left to right: risk first, where the eye starts reading. */
export const chartStatuses: readonly MistakeStatus[] = ['risk', 'check', 'clear', 'open'];

export interface ChartSegment {
  status: MistakeStatus;
  count: number;
  x: number;
  width: number;
  /** Centre of the count written on the segment; absent when the segment is too narrow for it (the table has it). */
  labelX?: number;
}

export interface ChartRow {
  mistake: string;
  number: number;
  /** Baseline of the row's label, above its bar. */
  labelY: number;
  barY: number;
  /** Only the statuses somebody is in, in `chartStatuses` order; together they span the full width. */
  segments: ChartSegment[];
}

export interface RoomChart {
  width: number;
  height: number;
  barHeight: number;
  rows: ChartRow[];
}

export interface ChartLayout {
  /** Width of the bars in user units (the SVG scales to its box). */
  width?: number;
  labelHeight?: number;
  barHeight?: number;
  gap?: number;
}

/** Room for a count on a segment: a little padding plus about 9 units per digit at the label's size. */
function fitsLabel(width: number, count: number): boolean {
  return width >= 10 + 9 * String(count).length;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Lays out the room's horizontal stacked bar chart: one row per mistake in the summary's order (most at risk first),
 * a label line above each bar, each bar split by status in proportion to the participants. Bars always span the full
 * width (every participant is in exactly one status), and segment edges are placed from running totals, so rounding
 * never leaves a gap or an overlap.
 */
export function toRoomChart(
  summary: Pick<RoomSummary, 'responses' | 'mistakes'>,
  { width = 600, labelHeight = 24, barHeight = 28, gap = 14 }: ChartLayout = {},
): RoomChart {
  const rowHeight = labelHeight + barHeight + gap;
  const rows = summary.mistakes.map((tally, index) => {
    const top = index * rowHeight;
    return {
      mistake: tally.mistake,
      number: tally.number,
      labelY: top + labelHeight - 7,
      barY: top + labelHeight,
      segments: toSegments(tally, summary.responses, width),
    };
  });
  return { width, height: Math.max(0, rows.length * rowHeight - gap), barHeight, rows };
}

function toSegments(tally: MistakeTally, total: number, width: number): ChartSegment[] {
  if (total <= 0) return [];
  const segments: ChartSegment[] = [];
  let before = 0;
  for (const status of chartStatuses) {
    const count = tally[status];
    if (count <= 0) continue;
    const x = round((before / total) * width);
    before += count;
    const end = round((Math.min(before, total) / total) * width);
    const segment: ChartSegment = { status, count, x, width: round(end - x) };
    if (fitsLabel(segment.width, count)) segment.labelX = round(x + segment.width / 2);
    segments.push(segment);
  }
  return segments;
}
