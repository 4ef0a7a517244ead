import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request, Response } from 'playwright-core';

export const kinds = ['html', 'css', 'js', 'other'] as const;
export type Kind = (typeof kinds)[number];

/** One response as the bench counts it: its body gzipped at level 9, as a static host would serve it. */
export interface Loaded {
  url: string;
  kind: Kind;
  gzip: number;
  /** Playwright's resource type: `document`, `stylesheet`, `script`, `fetch`, … */
  resourceType: string;
  /** Requested after the page's `load` event (the island loader's `idle` strategy starts then). */
  afterLoad: boolean;
}

export interface Recorder {
  /** Resolves once no request has been in flight for `quietMs` since the call (Playwright's networkidle fires once per page). */
  quiet(quietMs?: number): Promise<void>;
  /** Waits for the bodies still being read, then returns every response since the last `take`, and forgets them. */
  take(): Promise<Loaded[]>;
}

function kindOf(type: string): Kind {
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  return type.includes('javascript') ? 'js' : 'other';
}

async function readBody(response: Response): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    // Chromium forgets the body of a document it has navigated away from (a short link's redirect): ask the server again.
    if (response.status() >= 300 && response.status() < 400) return Buffer.alloc(0);
    return Buffer.from(await (await fetch(response.url())).arrayBuffer());
  }
}

async function measure(response: Response, afterLoad: boolean): Promise<Loaded> {
  // Pagefind's index files are gzipped already, and gzipping them again changes little.
  const body = await readBody(response);
  return {
    url: response.url(),
    kind: kindOf(response.headers()['content-type'] ?? ''),
    gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
    resourceType: response.request().resourceType(),
    afterLoad,
  };
}

/**
 * Records every response of a page, or of a whole context (which also sees its service worker's fetches).
 * A page's requests are marked as made before or after its `load` event.
 */
export function recordResponses(source: Page | BrowserContext): Recorder {
  const afterLoad = new WeakSet<Request>();
  let loadFired = false;
  let inFlight = 0;
  let lastActivity = performance.now();
  const pending: Promise<Loaded>[] = [];
  const onRequest = (request: Request) => {
    inFlight += 1;
    lastActivity = performance.now();
    if (loadFired) afterLoad.add(request);
  };
  const onDone = () => {
    inFlight -= 1;
    lastActivity = performance.now();
  };
  const onResponse = (response: Response) => void pending.push(measure(response, afterLoad.has(response.request())));
  if ('mainFrame' in source) {
    source.on('load', () => void (loadFired = true));
    source.on('request', onRequest).on('requestfinished', onDone).on('requestfailed', onDone).on('response', onResponse);
  } else {
    source.on('request', onRequest).on('requestfinished', onDone).on('requestfailed', onDone).on('response', onResponse);
  }
  return {
    async quiet(quietMs = 1000) {
      // The call counts as activity: what the caller just did may not have reached the network yet.
      lastActivity = Math.max(lastActivity, performance.now());
      while (inFlight > 0 || performance.now() - lastActivity < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async take() {
      return Promise.all(pending.splice(0));
    },
  };
}

/** Sum of the gzip sizes, optionally of one kind only. */
export function gzipTotal(loaded: readonly Loaded[], kind?: Kind): number {
  return loaded.filter((entry) => kind === undefined || entry.kind === kind).reduce((sum, entry) => sum + entry.gzip, 0);
}

/** Resolves after the page's next two frames and an idle period: islands loaded `visible` or `idle` have started by then. */
export function waitForIslandTriggers(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1));
        requestAnimationFrame(() => requestAnimationFrame(() => idle(() => setTimeout(resolve, 50))));
      }),
  );
}
