import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  outDir: string;
}

/** Runs the real `astro build` with the given environment (CONTENT_DIR, BASE_PATH, …) into a new temporary folder. */
export function buildSite(env: Record<string, string>): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'kb-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    // NODE_ENV: vitest sets it to `test`, which would make this a non-production build (no service worker registration).
    env: { ...process.env, NODE_ENV: 'production', OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}
