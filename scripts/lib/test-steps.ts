/** What a step of npm test reports: whether it passed, and what it printed (empty when it streamed its output). */
export interface StepResult {
  ok: boolean;
  output: string;
}

/** One step of npm test: a name for the report, how to run it, and the steps that must pass before it starts. */
export interface Step {
  name: string;
  run: () => Promise<StepResult>;
  after?: readonly Step[];
}

/** How a step ended: passed, failed, or skipped because a step it waits for failed. */
export interface StepOutcome {
  step: Step;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

/**
 * Runs steps as soon as the steps each waits for have passed, side by side where they can; a step whose prerequisite
 * failed is skipped. `report` hears of each as it ends (a failure with its output). Resolves with every step's outcome,
 * in the order given. Throws on a step that waits for one not in the list (it would never start).
 */
export async function runSteps(steps: readonly Step[], report: (outcome: StepOutcome, output: string) => void, now = () => Date.now()): Promise<StepOutcome[]> {
  for (const step of steps) {
    const unknown = (step.after ?? []).filter((before) => !steps.includes(before));
    if (unknown.length > 0) throw new Error(`${step.name} waits for ${unknown.map((before) => before.name).join(', ')}, which is not a step`);
  }
  const outcomes = new Map<Step, Promise<StepOutcome>>();
  const start = (step: Step): Promise<StepOutcome> => {
    let outcome = outcomes.get(step);
    if (outcome) return outcome;
    outcome = (async () => {
      const before = await Promise.all((step.after ?? []).map(start));
      if (before.some((earlier) => earlier.status !== 'passed')) {
        const skipped: StepOutcome = { step, status: 'skipped', seconds: 0 };
        report(skipped, '');
        return skipped;
      }
      const started = now();
      const result = await step.run().catch((error: unknown): StepResult => ({ ok: false, output: String(error) }));
      const ended: StepOutcome = { step, status: result.ok ? 'passed' : 'failed', seconds: (now() - started) / 1000 };
      report(ended, result.output);
      return ended;
    })();
    outcomes.set(step, outcome);
    return outcome;
  };
  return Promise.all(steps.map(start));
}

/** One line of npm test's report for a step that ended: `✓ lint (12.3 s)`, `✗ build dist/ (4.0 s)`, `- tests: skipped`. */
export function describeOutcome({ step, status, seconds }: StepOutcome): string {
  if (status === 'skipped') return `- ${step.name}: skipped (a step it needs failed)`;
  return `${status === 'passed' ? '✓' : '✗'} ${step.name} (${seconds.toFixed(1)} s)`;
}
