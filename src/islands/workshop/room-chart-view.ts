import type { RoomSummary } from '../../lib/workshop/aggregate-room.ts';
import { toRoomChart } from '../../lib/workshop/room-chart.ts';
import { svg } from './dom.ts';

/** Width of the chart in user units; the SVG scales to its box. */
const chartWidth = 640;

/**
 * Draws the room's bars into the chart's `<svg>` (its fills are the patterns in ChartPatterns.astro): per mistake a label,
 * then one bar split by status, each count written on its segment on a white tag, legible on any fill and on paper.
 */
export function drawRoomChart(chart: SVGSVGElement, summary: RoomSummary, labels: ReadonlyMap<string, string>): void {
  const layout = toRoomChart(summary, { width: chartWidth });
  chart.setAttribute('viewBox', `0 0 ${layout.width} ${Math.max(1, layout.height)}`);
  const middle = layout.barHeight / 2;
  const rows = layout.rows.map((row) => {
    const group = svg('g', { 'data-mistake': row.mistake });
    group.append(svg('text', { x: 0, y: row.labelY, fill: 'currentColor', 'font-size': 15 }, labels.get(row.mistake) ?? row.mistake));
    for (const segment of row.segments) {
      group.append(
        svg('rect', {
          x: segment.x,
          y: row.barY,
          width: segment.width,
          height: layout.barHeight,
          fill: `url(#workshop-${segment.status})`,
          stroke: 'currentColor',
          'data-status': segment.status,
          'data-count': segment.count,
        }),
      );
      if (segment.labelX === undefined) continue;
      const tag = 6 + 8 * String(segment.count).length;
      group.append(
        svg('rect', { x: segment.labelX - tag / 2, y: row.barY + middle - 9, width: tag, height: 18, rx: 3, fill: '#fff' }),
        svg(
          'text',
          { x: segment.labelX, y: row.barY + middle + 4.5, 'text-anchor': 'middle', fill: '#000', 'font-size': 13, 'font-weight': 700 },
          String(segment.count),
        ),
      );
    }
    return group;
  });
  chart.querySelector('[data-bars]')?.replaceChildren(...rows);
}
