import { describe, expect, it } from 'vitest';
import { chartStatuses, toRoomChart } from '../../src/lib/workshop/room-chart.ts';
import type { MistakeTally } from '../../src/lib/workshop/aggregate-room.ts';

const tally = (mistake: string, number: number, risk: number, check: number, clear: number, open: number): MistakeTally => ({
  mistake,
  number,
  risk,
  check,
  clear,
  open,
});

describe('toRoomChart', () => {
  const summary = { responses: 30, mistakes: [tally('beta', 2, 12, 9, 8, 1), tally('alpha', 1, 3, 0, 27, 0), tally('gamma', 3, 0, 0, 0, 30)] };
  const chart = toRoomChart(summary, { width: 600, labelHeight: 24, barHeight: 28, gap: 14 });

  it('keeps the summary order (most at risk first), one row per mistake, a label line above each bar', () => {
    expect(chart.rows.map(({ mistake, number }) => [mistake, number])).toEqual([
      ['beta', 2],
      ['alpha', 1],
      ['gamma', 3],
    ]);
    expect(chart.rows.map(({ labelY, barY }) => [labelY, barY])).toEqual([
      [17, 24],
      [83, 90],
      [149, 156],
    ]);
    expect(chart.height).toBe(3 * 66 - 14);
    expect(chart.barHeight).toBe(28);
  });

  it('splits each bar by status in proportion, risk first, leaving out statuses nobody is in', () => {
    expect(chart.rows[0]?.segments.map(({ status, count, x, width }) => [status, count, x, width])).toEqual([
      ['risk', 12, 0, 240],
      ['check', 9, 240, 180],
      ['clear', 8, 420, 160],
      ['open', 1, 580, 20],
    ]);
    expect(chart.rows[1]?.segments.map(({ status }) => status)).toEqual(['risk', 'clear']);
    expect(chart.rows[2]?.segments).toEqual([{ status: 'open', count: 30, x: 0, width: 600, labelX: 300 }]);
  });

  it('spans the full width with no gap or overlap, whatever the rounding', () => {
    const odd = toRoomChart({ responses: 7, mistakes: [tally('a', 1, 1, 2, 3, 1), tally('b', 2, 2, 2, 2, 1)] }, { width: 517 });
    for (const row of odd.rows) {
      let edge = 0;
      for (const segment of row.segments) {
        expect(segment.x).toBeCloseTo(edge, 5);
        edge = segment.x + segment.width;
      }
      expect(edge).toBeCloseTo(517, 5);
    }
  });

  it('writes a count on a segment only when it fits, centred', () => {
    const [risk, check, clear, open] = chart.rows[0]?.segments ?? [];
    expect([risk?.labelX, check?.labelX, clear?.labelX, open?.labelX]).toEqual([120, 330, 500, 590]); // 20 units hold "1"
    const crowded = toRoomChart({ responses: 1000, mistakes: [tally('a', 1, 30, 1, 969, 0)] }).rows[0]?.segments;
    // 18 units cannot hold "30", 0.6 cannot hold "1"; 581.4 hold "969".
    expect(crowded?.map((segment) => segment.labelX)).toEqual([undefined, undefined, 309.3]);
  });

  it('draws empty bars for an empty room', () => {
    const empty = toRoomChart({ responses: 0, mistakes: [tally('a', 1, 0, 0, 0, 0)] });
    expect(empty.rows[0]?.segments).toEqual([]);
    expect(toRoomChart({ responses: 0, mistakes: [] }).height).toBe(0);
  });

  it('names every status a tally has, in reading order', () => {
    expect([...chartStatuses].sort()).toEqual(
      Object.keys(tally('a', 1, 0, 0, 0, 0))
        .filter((key) => !['mistake', 'number'].includes(key))
        .sort(),
    );
    expect(chartStatuses[0]).toBe('risk');
  });
});
