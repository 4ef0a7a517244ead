import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The one folder every temporary file of a test run goes under: `<system temp>/kb-tests-<pid>/`, named after the
 * process that started the run. test/support/temp-root.ts (a global setup of every project) records it in the
 * environment, so that test workers and the builds they start share it, and removes it when the run ends.
 */
export const tempRootVariable = 'KB_TESTS_TEMP_ROOT';

/** Returns the run's temporary root (creating it), e.g. `/tmp/kb-tests-4242`. */
export function getTempRoot(): string {
  const root = process.env[tempRootVariable] ?? join(tmpdir(), `kb-tests-${process.pid}`);
  process.env[tempRootVariable] = root;
  mkdirSync(root, { recursive: true });
  return root;
}

/** Makes a new, empty folder under the run's temporary root, e.g. `makeTempDir('build')` → `/tmp/kb-tests-4242/build-a1B2c3`. */
export function makeTempDir(name: string): string {
  return mkdtempSync(join(getTempRoot(), `${name}-`));
}

/** Removes a folder made by makeTempDir (or the whole root); missing folders are fine. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
