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

// A test file launches each engine it uses once, and every describe block of the file opens its pages in it; the
// engines close when the file ends (close-engines.ts, a setup file of the project). Not kept for the next file: a worker
// that ends does not run its exit handlers, and would leave Firefox and Xvfb running.
const file = globalThis as typeof globalThis & { kbEngines?: Map<EngineName, Promise<Engine>> };

/** Closes the engines the file launched. */
export async function closeFileEngines(): Promise<void> {
  const engines = [...(file.kbEngines?.values() ?? [])];
  file.kbEngines?.clear();
  await Promise.all(engines.map(async (engine) => (await engine.catch(() => undefined))?.close()));
}

function getFileEngine(name: EngineName): Promise<Engine> {
  const engines = (file.kbEngines ??= new Map());
  let engine = engines.get(name);
  if (!engine) {
    engine = launchEngine(name);
    // A launch that failed is tried again by the next block, not handed out.
    engine.catch(() => engines.delete(name));
    engines.set(name, engine);
  }
  return engine;
}

/**
 * The file's browser of an engine for the enclosing describe block: the pages the block opens are closed after its
 * tests (each page is a fresh session: no storage, cache or service worker of another block's pages).
 */
export function useEngine(name: EngineName): () => Engine {
  const holder: { value?: Engine } = {};
  const opened: EnginePage[] = [];
  beforeAll(async () => {
    const engine = await getFileEngine(name);
    holder.value = {
      name,
      newPage: async (size?: Size) => {
        const page = await engine.newPage(size);
        opened.push(page);
        return page;
      },
      close: async () => {
        await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
      },
    };
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
