import { describe, expect, it } from 'vitest';
import { describeOutcome, runSteps, type Step, type StepOutcome } from '../../scripts/lib/test-steps.ts';

/** A step that records when it starts and ends, and ends when the test says so. */
function controlled(name: string, log: string[], after: Step[] = []) {
  let finish: (ok: boolean) => void = () => undefined;
  const step: Step = {
    name,
    after,
    run: () => {
      log.push(`start ${name}`);
      return new Promise((resolve) => {
        finish = (ok) => {
          log.push(`end ${name}`);
          resolve({ ok, output: ok ? '' : `${name} broke` });
        };
      });
    },
  };
  return { step, finish: (ok = true) => finish(ok) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('npm test runs its steps', () => {
  it('side by side where nothing orders them, and a step only once all it waits for have passed', async () => {
    const log: string[] = [];
    const lint = controlled('lint', log);
    const build = controlled('build', log);
    const tests = controlled('tests', log, [lint.step, build.step]);
    const done = runSteps([lint.step, build.step, tests.step], () => undefined);
    await tick();
    expect(log).toEqual(['start lint', 'start build']);
    build.finish();
    await tick();
    expect(log).not.toContain('start tests');
    lint.finish();
    await tick();
    expect(log.at(-1)).toBe('start tests');
    tests.finish();
    expect((await done).map((outcome) => outcome.status)).toEqual(['passed', 'passed', 'passed']);
  });

  it('skips the steps that wait for a failed one, reports the failure with its output, and still ends the others', async () => {
    const log: string[] = [];
    const reports: [string, string][] = [];
    const lint = controlled('lint', log);
    const check = controlled('check', log);
    const tests = controlled('tests', log, [lint.step]);
    const done = runSteps([lint.step, check.step, tests.step], (outcome, output) => reports.push([describeOutcome(outcome), output]));
    await tick();
    lint.finish(false);
    check.finish();
    const outcomes = await done;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'passed', 'skipped']);
    expect(log).not.toContain('start tests');
    expect(reports).toContainEqual([expect.stringMatching(/^✗ lint \(\d+\.\d s\)$/), 'lint broke']);
    expect(reports).toContainEqual(['- tests: skipped (a step it needs failed)', '']);
  });

  it('counts a step whose command could not start as failed, with the reason', async () => {
    const broken: Step = { name: 'tools', run: () => Promise.reject(new Error('spawn ENOENT')) };
    const reports: string[] = [];
    const [outcome] = await runSteps([broken], (_outcome: StepOutcome, output) => reports.push(output));
    expect(outcome?.status).toBe('failed');
    expect(reports).toEqual(['Error: spawn ENOENT']);
  });

  it('refuses a step that waits for one that is not in the list, since it would never start', async () => {
    const elsewhere: Step = { name: 'build', run: () => Promise.resolve({ ok: true, output: '' }) };
    const tests: Step = { name: 'tests', after: [elsewhere], run: () => Promise.resolve({ ok: true, output: '' }) };
    await expect(runSteps([tests], () => undefined)).rejects.toThrow('tests waits for build, which is not a step');
  });
});
