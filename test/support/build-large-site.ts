import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { fixture } from './fixture-content.ts';
import { buildOnce, fixtureContentDir } from './fixture-site.ts';
import { makeTempDir } from './temp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The large site: its generated content folder and its dist/. */
    largeSite: { contentDir: string; dist: string };
  }
}

/** At least this many mistakes: nothing in the code may assume the article's seven. */
export const largeSiteMistakes = 100;

/**
 * Global setup of the build tests: the fixture site's mistakes copied to 100 (the synthetic content the scale bench
 * builds), built once per run; the build tests that use getBuiltSites() (test/support/built-sites.ts) check it too.
 */
export default async function setup(project: TestProject) {
  const perCopy = fixture.getMistakes('en').length;
  const contentDir = join(makeTempDir('large-content'), 'content');
  const mistakes = writeSyntheticContent(fixtureContentDir, contentDir, Math.ceil(largeSiteMistakes / perCopy));
  if (mistakes < largeSiteMistakes) throw new Error(`the large site has ${mistakes} mistakes, not ${largeSiteMistakes}`);
  const dist = await buildOnce({ name: 'large-site', contentDir, basePath: '/' });
  project.provide('largeSite', { contentDir, dist });
}
