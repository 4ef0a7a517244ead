import { afterAll, beforeAll, inject } from 'vitest';
import { distDir } from '../../support/dist.ts';
import { launchEngine, selectEngines, type Engine, type EngineName, type EnginePage, type Size } from './engine.ts';
import { serveSite, type SiteOptions, type SiteServer } from './site-server.ts';

/** The engines this run covers: all three, or those named in `ENGINES`. */
export const engineNames = selectEngines();

function getter<T>(holder: { value?: T }, what: string): () => T {
  return () => {
    if (holder.value === undefined) throw new Error(`${what} is not ready yet: call the getter inside a test or hook`);
    return holder.value;
  };
}

/**
 * Serves a site (with the error recorder) for one test file; its own server, so a spec may make it refuse. Features are
 * tested on the fixture site (test/fixtures/site/, built by the project's global setup); `article: true` serves the real
 * article's dist/ instead, for the checks that matter for its own pages (every page renders and fits every width).
 */
export function useSite(options: SiteOptions & { article?: boolean } = {}): () => SiteServer {
  const holder: { value?: SiteServer } = {};
  beforeAll(async () => {
    holder.value = await serveSite(options.article ? distDir : inject('fixtureDist'), options);
  });
  afterAll(async () => {
    await holder.value?.close();
  });
  return getter(holder, 'the test server');
}

/** One browser of an engine for the enclosing describe block: launched before its tests, closed after. */
export function useEngine(name: EngineName): () => Engine {
  const holder: { value?: Engine } = {};
  beforeAll(async () => {
    holder.value = await launchEngine(name);
  });
  afterAll(async () => {
    await holder.value?.close();
  });
  return getter(holder, `${name}`);
}

/** One browser and one page in it for the enclosing describe block, reused by its tests. */
export function usePage(name: EngineName, size?: Size): { engine: () => Engine; page: () => EnginePage } {
  const engine = useEngine(name);
  const holder: { value?: EnginePage } = {};
  beforeAll(async () => {
    holder.value = await engine().newPage(size);
  });
  return { engine, page: getter(holder, `a ${name} page`) };
}
