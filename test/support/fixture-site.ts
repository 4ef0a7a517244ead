import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildSite, type BuildResult } from './build-site.ts';

/** The fixture site's content: invented mistakes in every locale (test/fixtures/site/README.md). */
export const fixtureContentDir = new URL('../fixtures/site/content/', import.meta.url).pathname;

/** The sub-path the fixture site is also built for, to check that every feature works under one. */
export const fixtureSubPath = '/kb/';

/** A site to build for the tests: its content and its base path. */
export interface SiteSpec {
  name: string;
  contentDir: string;
  basePath: string;
}

export const fixtureSite: SiteSpec = { name: 'fixture-site', contentDir: fixtureContentDir, basePath: '/' };
export const fixtureSubPathSite: SiteSpec = { name: 'fixture-site-kb', contentDir: fixtureContentDir, basePath: fixtureSubPath };

// Several projects' global setups run in the main process, each with its own module instances: keep the builds on
// globalThis so that each site is built once per run. Each build runs in its own copy of the project, so they run side by
// side, as many at once as the machine has cores (a build keeps one busy).
const state = globalThis as typeof globalThis & { kbSiteBuilds?: Map<string, Promise<BuildResult>>; kbBuildSlots?: Promise<unknown>[] };

/** Builds a site once per test run (the real `astro build`, under the run's temporary root) and returns its dist/. */
export async function buildOnce(site: SiteSpec): Promise<string> {
  state.kbSiteBuilds ??= new Map();
  const key = `${site.contentDir}|${site.basePath}`;
  let build = state.kbSiteBuilds.get(key);
  if (!build) {
    build = inFreeSlot(async () => {
      const kept = keptBuild(site);
      if (kept) return kept;
      const started = Date.now();
      const result = await buildSite({ CONTENT_DIR: site.contentDir, BASE_PATH: site.basePath }, site.name, keptWorkDir(site));
      if (result.status !== 0) throw new Error(`The ${site.name} build (BASE_PATH=${site.basePath}) failed:\n${result.output}`);
      console.info(`[tests] built ${site.name} (BASE_PATH=${site.basePath}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return result;
    });
    state.kbSiteBuilds.set(key, build);
  }
  return (await build).outDir;
}

/** Runs a build when fewer than one per core are running. */
async function inFreeSlot<T>(run: () => Promise<T>): Promise<T> {
  const slots = (state.kbBuildSlots ??= []);
  while (slots.length >= availableParallelism()) await Promise.race(slots);
  const running = run();
  const slot = running.then(
    () => undefined,
    () => undefined,
  );
  slots.push(slot);
  void slot.then(() => slots.splice(slots.indexOf(slot), 1));
  return running;
}

/**
 * For writing specs: KB_TESTS_KEEP_BUILDS=<folder> keeps each site's build there and reuses it in later runs, saving
 * a minute per run. Delete the folder after changing the site's code or content. Never set in CI.
 */
const keepDir = process.env.KB_TESTS_KEEP_BUILDS;

function keptWorkDir(site: SiteSpec): string | undefined {
  if (!keepDir) return undefined;
  const dir = join(keepDir, site.name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function keptBuild(site: SiteSpec): BuildResult | undefined {
  const workDir = keepDir ? join(keepDir, site.name) : undefined;
  if (!workDir || !existsSync(join(workDir, 'dist', 'index.html'))) return undefined;
  console.info(`[tests] reusing the ${site.name} build in ${workDir} (KB_TESTS_KEEP_BUILDS)`);
  return { status: 0, output: '', outDir: join(workDir, 'dist'), workDir };
}
