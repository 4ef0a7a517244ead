import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base path of the sub-path build, e.g. `http://127.0.0.1:41234/kb`. */
    basePathUrl: string;
    /** The sub-path build's output folder. */
    basePathDist: string;
  }
}

/** The sub-path the e2e suite builds the site for. */
export const basePath = '/kb/';

/**
 * Builds the site once for a sub-path (`BASE_PATH=/kb/`) and serves it with a plain static server,
 * for every spec that checks the site works there (links, short links; later search and the service worker).
 */
export default async function setup(project: TestProject) {
  const { status, output, outDir } = buildSite({ BASE_PATH: basePath });
  if (status !== 0) throw new Error(`The BASE_PATH=${basePath} build failed:\n${output}`);
  const server = await serveStatic(outDir, basePath);
  project.provide('basePathUrl', `${server.origin}${basePath.slice(0, -1)}`);
  project.provide('basePathDist', outDir);
  return async () => {
    await server.close();
  };
}
