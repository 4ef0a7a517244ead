// npm test: the checks a change must pass, in the order that needs least waiting on a two-core machine. Steps that do
// not depend on each other run side by side (lint, the build and the type check; then the tests, beside the type check
// if it is still going, since their browsers spend much of their time waiting on pages). A step's output is printed
// when it fails; the tests stream theirs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describeOutcome, runSteps, type Step, type StepResult } from './lib/test-steps.ts';

const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Runs a command; `stream` shows its output as it comes, otherwise it is kept for the report. */
async function run(command: string, args: string[], options: { env?: Record<string, string>; stream?: boolean } = {}): Promise<StepResult> {
  const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: options.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { ok: code === 0, output };
}

const tools: Step = { name: 'test tools', run: () => run(process.execPath, [new URL('check-test-tools.ts', import.meta.url).pathname], { stream: true }) };
const lint: Step = { name: 'lint (ESLint, Prettier)', after: [tools], run: () => run('npm', ['run', '--silent', 'lint']) };
// TRANSLATIONS=strict: an English paragraph behind its Chinese fails the build (docs/translations.md).
const build: Step = { name: 'build dist/', after: [tools], run: () => run(bin('astro'), ['build'], { env: { TRANSLATIONS: 'strict' } }) };
const typeCheck: Step = { name: 'type check (astro check)', after: [tools], run: () => run(bin('astro'), ['check']) };
// The article's tests read dist/; after lint, so that a formatting slip stops the run before the long part.
const tests: Step = {
  name: 'tests (vitest)',
  after: [lint, build],
  run: () => run(bin('vitest'), ['run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], { stream: true }),
};

const outcomes = await runSteps([tools, lint, build, typeCheck, tests], (outcome, output) => {
  if (outcome.status === 'failed' && output) console.error(`\n${outcome.step.name} failed:\n${output}`);
  console.info(describeOutcome(outcome));
});
console.info(`\nnpm test: ${outcomes.map(describeOutcome).join(' · ')}`);
process.exit(outcomes.every((outcome) => outcome.status === 'passed') ? 0 : 1);
