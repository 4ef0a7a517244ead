import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest runs a group's projects in the order of their names (article, e2e, engines), so the three engines files, the
 * longest of the run (each runs every spec in its browser), would start last and end a minute after the rest. This
 * order starts them first; otherwise it is vitest's own (longest first where a previous run left durations).
 */
export default class EnginesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => (file.project.name === 'engines' ? 0 : 1);
    // Array sort is stable: within a rank, vitest's order stays.
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}
