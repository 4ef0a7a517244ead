import type { TestProject } from 'vitest/node';
import { buildOnce, fixtureSite, fixtureSubPath, fixtureSubPathSite } from './fixture-site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

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
  }
}

/**
 * Global setup of the projects that test features (build, e2e): builds the fixture site (test/fixtures/site/) for the
 * root and for a sub-path, once per run, and serves both on loopback as a plain static host does.
 * Specs read the addresses and folders with `inject('fixtureUrl')` and the like.
 */
export default async function setup(project: TestProject) {
  const [dist, subPathDist] = await Promise.all([buildOnce(fixtureSite), buildOnce(fixtureSubPathSite)]);
  const server = await serveStatic(dist);
  const subPathServer = await serveStatic(subPathDist, fixtureSubPath);
  project.provide('fixtureUrl', server.origin);
  project.provide('fixtureDist', dist);
  project.provide('fixtureSubPathUrl', `${subPathServer.origin}${fixtureSubPath.slice(0, -1)}`);
  project.provide('fixtureSubPathDist', subPathDist);
  return async () => {
    await Promise.all([server.close(), subPathServer.close()]);
  };
}
