import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** The project to build and measure: this checkout, or another (e.g. a worktree of an earlier commit). */
  root: string;
  build: boolean;
  /** Builds to time (the median is reported); every build rewrites dist/. */
  buildRuns: number;
  /** Readers to time per search sequence and first visits to time for the offline copy. */
  runs: number;
}

const usage = `npm run bench -- [--root <project>] [--no-build] [--build-runs <n>] [--runs <n>]`;

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${value}"\n${usage}`);
  return parsed;
}

/** Reads the bench's command line. */
export function readBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'build-runs': { type: 'string' },
      runs: { type: 'string' },
    },
  });
  return {
    root: resolve(values.root ?? '.'),
    build: !values['no-build'],
    buildRuns: count(values['build-runs'], 3, 'build-runs'),
    runs: count(values.runs, 5, 'runs'),
  };
}
