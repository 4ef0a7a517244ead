import type { TestProject } from 'vitest/node';
import { buildOnce, fixtureSite, fixtureSubPath, fixtureSubPathSite } from './fixture-site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture site, built for the root path, e.g. `http://127.0.0.1:41234`. */
    fixtureUrl: string;
    /** Its dist/ folder. */
    fixtureDist: string;
    /** Origin and sub-path of the fixture site built with BASE_PATH=/kb/, e.g. `http://127.0.0.1:41235/kb`. */
    fixtureSubPathUrl: string;
    /** That build's dist/ folder. */
    fixtureSubPathDist: string;
    /** A large generated site, when KB_TESTS_LARGE_CONTENT names its content folder; else null. */
    largeSite: { contentDir: string; dist: string } | null;
  }
}

/**
 * Global setup of the projects that test features (build, e2e): builds the fixture site (test/fixtures/site/) for the
 * root and for a sub-path, once per run, and serves both on loopback as a plain static host does.
 * Specs read the addresses and folders with `inject('fixtureUrl')` and the like.
 * Hook for scale: KB_TESTS_LARGE_CONTENT=<content folder> (e.g. 100 generated mistakes) builds that too, and the build
 * tests that use getBuiltSites() (test/support/built-sites.ts) run over it as well.
 */
export default async function setup(project: TestProject) {
  const dist = await buildOnce(fixtureSite);
  const subPathDist = await buildOnce(fixtureSubPathSite);
  const largeContent = process.env.KB_TESTS_LARGE_CONTENT;
  const largeDist = largeContent ? await buildOnce({ name: 'large-site', contentDir: largeContent, basePath: '/' }) : undefined;
  const server = await serveStatic(dist);
  const subPathServer = await serveStatic(subPathDist, fixtureSubPath);
  project.provide('fixtureUrl', server.origin);
  project.provide('fixtureDist', dist);
  project.provide('fixtureSubPathUrl', `${subPathServer.origin}${fixtureSubPath.slice(0, -1)}`);
  project.provide('fixtureSubPathDist', subPathDist);
  project.provide('largeSite', largeContent && largeDist ? { contentDir: largeContent, dist: largeDist } : null);
  return async () => {
    await Promise.all([server.close(), subPathServer.close()]);
  };
}
