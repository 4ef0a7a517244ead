import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface AstroBuild {
  /** Wall-clock seconds of `astro build`, integrations (search index, service worker) included. */
  seconds: number;
  /** What the build printed, without colour codes: shown when it fails. */
  output: string;
}

/**
 * Runs `astro build` in the project at `root` with extra environment (CONTENT_DIR, OUT_DIR, CACHE_DIR, …) on the
 * current Node. Throws, with the build's output, when it fails.
 */
export function runAstroBuild(root: string, env: Record<string, string> = {}): AstroBuild {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    // A production build whatever the caller's NODE_ENV, or the service worker registration is left out.
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  if (result.status !== 0) throw new Error(`astro build in ${root} failed (exit ${result.status}):\n${output.slice(-4000)}`);
  return { seconds, output };
}
