import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedMarker, renderBenchReport } from '../../scripts/bench/report.ts';

const machine = { date: '2026-12-06', cores: 2, load: [0.5, 1.25, 2] };

describe('performance pages written by the bench', () => {
  it('carry the figures of one run, the machine and the command that refreshes them', () => {
    const page = renderBenchReport(
      {
        title: 'Performance',
        command: 'npm run bench',
        method: 'Measured in Chromium.',
        sections: [{ heading: 'Cold loads', body: '| a |\n| --- |\n| 1 |\n' }],
      },
      machine,
    );
    expect(page.split('\n')[0]).toBe(generatedMarker);
    expect(page).toContain('# Performance\n');
    expect(page).toContain('Written by `npm run bench` on 2026-12-06, on 2 cores (load average 0.5, 1.3, 2.0 at the start)');
    expect(page).toContain('## Cold loads\n\n| a |\n| --- |\n| 1 |\n');
  });

  it.each(['performance.md', 'performance-scale.md'])('docs/%s is the bench’s page, not a hand-kept history', (file) => {
    const page = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
    expect(page.split('\n')[0]).toBe(generatedMarker);
    expect(page).not.toMatch(/issue \d+/i);
  });
});
