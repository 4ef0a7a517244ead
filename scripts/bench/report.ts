import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';

/** The first line of every page the bench writes: a test and a reader can tell it from a hand-written one. */
export const generatedMarker = '<!-- Written by the bench: do not edit by hand. -->';

export interface BenchReport {
  readonly title: string;
  /** The command that writes this page, e.g. `npm run bench`. */
  readonly command: string;
  /** One sentence on what is measured and how, shown under the title. */
  readonly method: string;
  readonly sections: readonly { heading: string; body: string }[];
}

/** Renders a bench report as Markdown: today's figures only, with the machine they were taken on. */
export function renderBenchReport(report: BenchReport, machine: { date: string; cores: number; load: readonly number[] }): string {
  const load = machine.load.map((value) => value.toFixed(1)).join(', ');
  const lines = [
    generatedMarker,
    `# ${report.title}`,
    '',
    `${report.method} Written by \`${report.command}\` on ${machine.date}, on ${machine.cores} cores (load average ${load} at the start);`,
    'run it again to refresh this page. Timings move with the machine’s load: compare medians from one run, not across machines.',
    '',
  ];
  for (const section of report.sections) lines.push(`## ${section.heading}`, '', section.body.trim(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Collects a bench's sections as it measures, echoes each to the terminal, and writes the page at the end. */
export function startBenchReport(title: string, command: string, method: string) {
  const machine = { date: new Date().toISOString().slice(0, 10), cores: cpus().length, load: loadavg() };
  const sections: { heading: string; body: string }[] = [];
  return {
    add(heading: string, body: string) {
      sections.push({ heading, body });
      console.log(`## ${heading}\n\n${body.trim()}\n`);
    },
    write(file: string) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, renderBenchReport({ title, command, method, sections }, machine));
      console.error(`bench: wrote ${file}`);
    },
  };
}
