import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.ts';
import { makeTempDir } from './temp.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  outDir: string;
  /** The folder holding outDir, the project copy and the build's cache: remove it when done (removeTempDir). */
  workDir: string;
}

/**
 * Runs the real `astro build` with the given environment (CONTENT_DIR, BASE_PATH, …) into a new folder under the run's
 * temporary root (or into `workDir`), in a copy of the project (or in `projectRoot`, a copy already prepared, as
 * test/support/fourth-locale-site.ts does). Each build has its own copy, so builds run side by side.
 */
export async function buildSite(env: Record<string, string>, name = 'build', workDir = makeTempDir(name), projectRoot?: string): Promise<BuildResult> {
  const outDir = join(workDir, 'dist');
  // The build's system temp folder is its own, so a test can see that the build leaves nothing there.
  const tempDir = join(workDir, 'tmp');
  mkdirSync(tempDir, { recursive: true });
  const project = projectRoot ?? copyProject(join(workDir, 'project'));
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: project,
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
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, output: stripVTControlCharacters(output), outDir, workDir };
}
