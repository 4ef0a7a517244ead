import type { TestProject } from 'vitest/node';
import { distDir } from './dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the real article's dist/ (built by `npm test` before the suite), e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}

/** Serves the real article's dist/ on loopback, as any static host would, for the article layer (test/article/). */
export default async function setup(project: TestProject) {
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.origin);
  return async () => {
    await server.close();
  };
}
