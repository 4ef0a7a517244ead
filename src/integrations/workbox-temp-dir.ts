import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// workbox-build writes the unbundled `sw.js` into a new folder of the system temp folder (through `tempy`) and never
// removes it: one folder per build. `temp-dir`, which tempy asks for that folder, takes it from this global when it is
// set before its first load (and sets it itself otherwise), so the build points it at a folder of its own, per process,
// and empties that folder after each service worker is written.
const resolvedTempDir = Symbol.for('__RESOLVED_TEMP_DIRECTORY__');
const ownTempDir = join(realpathSync(tmpdir()), `kb-workbox-${process.pid}`);

/**
 * Points workbox-build's temporary files at a folder of this process's own; call before workbox-build is first loaded.
 * Returns that folder, or undefined when something loaded `temp-dir` earlier (its folder is then shared with others,
 * and nothing is removed).
 */
export function claimWorkboxTempDir(): string | undefined {
  const globals = globalThis as Record<symbol, unknown>;
  if (globals[resolvedTempDir] === undefined) Object.defineProperty(globals, resolvedTempDir, { value: ownTempDir });
  if (globals[resolvedTempDir] !== ownTempDir) return undefined;
  mkdirSync(ownTempDir, { recursive: true });
  return ownTempDir;
}

/** Removes the folder claimWorkboxTempDir returned, with what workbox-build left in it. */
export function releaseWorkboxTempDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
