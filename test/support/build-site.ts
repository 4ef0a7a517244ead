import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  outDir: string;
  /** The folder holding outDir and the build's cache: remove it when done (removeTempDir). */
  workDir: string;
}

/**
 * Runs the real `astro build` with the given environment (CONTENT_DIR, BASE_PATH, …) into a new folder under the run's
 * temporary root (or into `workDir`), of this project or of a copy of it (`projectRoot`, test/support/fourth-locale-site.ts). Builds of this project must not overlap: with an output folder outside the
 * project, Astro writes its prerender chunks to the project's .astro/.prerender/, shared by every build.
 */
export function buildSite(env: Record<string, string>, name = 'build', workDir = makeTempDir(name), projectRoot = root): BuildResult {
  const outDir = join(workDir, 'dist');
  // The build's system temp folder is its own, so a test can see that the build leaves nothing there.
  const tempDir = join(workDir, 'tmp');
  mkdirSync(tempDir, { recursive: true });
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: projectRoot,
    // NODE_ENV: vitest sets it to `test`, which would make this a non-production build (no service worker registration).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      OUT_DIR: outDir,
      CACHE_DIR: join(workDir, 'cache'),
      TMPDIR: tempDir,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  return { status: result.status, output, outDir, workDir };
}
