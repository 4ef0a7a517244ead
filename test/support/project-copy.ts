import { cpSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** What a project needs to build or serve: the rest (content, scripts, tests, docs) stays behind. */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project's code into `dir` (node_modules linked, not copied) and returns the copy's root. Astro writes into
 * the project it runs in (.astro/, its prerender chunks, the dev server's content store), so builds and dev servers
 * that share one project trip over each other; each in its own copy can run at the same time as the others.
 */
export function copyProject(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const file of projectFiles) cpSync(join(root, file), join(dir, file), { recursive: true });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}
