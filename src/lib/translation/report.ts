import { getLanguageName } from '../locales.ts';
import type { TranslationFile } from './content-files.ts';
import { countStates, type SegmentStatus } from './status.ts';

const stateLabels: Record<SegmentStatus['state'], string> = { current: 'up to date', outdated: 'outdated', unconfirmed: 'unconfirmed', missing: 'missing' };

/** Shortens a text for a one-line listing. */
function excerpt(text: string, length = 60): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

/**
 * Returns one line per segment that needs a translator (outdated, unconfirmed, missing), each naming the file and
 * segment; an outdated one carries the source's before → after diff. `prefix` is the content folder as the reader
 * knows it (`content/`).
 */
export function describeProblems(files: readonly TranslationFile[], prefix: string): string[] {
  return files.flatMap((file) => {
    const [source, target] = [getLanguageName(file.pair.source), getLanguageName(file.pair.target)];
    return [
      ...file.problems,
      ...file.statuses.flatMap((status) => {
        const where = `${prefix}${file.target}#${status.id}`;
        if (status.state === 'outdated') return [`${where}: the ${source} (${prefix}${file.source}) was revised since this was translated: ${status.diff}`];
        if (status.state === 'missing') return [`${where}: missing: the ${source} has it, the ${target} does not (“${excerpt(status.after)}”)`];
        if (status.state === 'unconfirmed')
          return [
            `${where}: unconfirmed: no fingerprint recorded; check the translation, then run npm run translations -- --accept ${prefix}${file.target}#${status.id}`,
          ];
        return [];
      }),
    ];
  });
}

/** Returns the translator's worklist: per file, its counts, then each segment that needs work with the source's diff. */
export function formatWorklist(files: readonly TranslationFile[], prefix: string): string {
  const lines: string[] = [];
  for (const file of files) {
    const counts = countStates(file.statuses);
    const summary = (Object.keys(stateLabels) as SegmentStatus['state'][]).map((state) => `${counts[state]} ${stateLabels[state]}`).join(', ');
    lines.push(`${prefix}${file.target}: ${summary}`);
    for (const problem of file.problems) lines.push(`  problem      ${problem}`);
    for (const status of file.statuses) {
      if (status.state === 'current') continue;
      lines.push(`  ${stateLabels[status.state].padEnd(12)} ${status.id}`);
      if (status.state === 'outdated') {
        lines.push(`      before: ${status.before}`, `      after:  ${status.after}`, `      diff:   ${status.diff}`);
      } else lines.push(`      ${sourceLabel(status.state)}: ${status.after}`);
    }
  }
  return lines.join('\n');
}

function sourceLabel(state: 'unconfirmed' | 'missing'): string {
  return state === 'missing' ? 'translate' : 'source';
}

/** True when every segment of every file is translated and its fingerprint matches today's source. */
export function isAllCurrent(files: readonly TranslationFile[]): boolean {
  return files.every((file) => file.problems.length === 0 && file.statuses.every((status) => status.state === 'current'));
}
