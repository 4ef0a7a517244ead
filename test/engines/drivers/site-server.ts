import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { errorRecorderScript } from './error-recorder.ts';

/** Pages of the test server's own, under `/__test__/`: never part of the site. */
const testPages: Record<string, string> = {
  // Proves the recorder: one error of each kind it records.
  '/__test__/throws.html': `<!doctype html><html lang="en"><head><title>Throws on purpose</title>
<script>throw new Error('thrown on purpose');</script>
<script>Promise.reject(new Error('rejected on purpose'));</script>
<script>console.error('logged on purpose');</script>
</head><body><img src="/__test__/missing-on-purpose.png" alt="missing on purpose"></body></html>`,
  // WebKit's window will not go narrower than about 447 px: phone widths are an iframe of this page (see webkit.ts).
  '/__test__/frame.html': `<!doctype html><html lang="en"><head><title>Frame</title>
<style>html, body { margin: 0; overflow: hidden; } iframe { display: block; border: 0; }</style>
</head><body><iframe title="page under test"></iframe></body></html>`,
};

export interface SiteOptions {
  /**
   * Serve the service worker (`/sw.js`)? Off by default: a worker installing in every fresh session downloads the whole
   * site in the background, slowing every test on a 2-core machine, and would answer requests in the server's place.
   */
  serviceWorker?: boolean;
}

export type SiteServer = StaticServer;

/**
 * Serves a built site for the engine tests (scripts/lib/static-server.ts, the project's one static server) with the error
 * recorder at the start of every HTML page's `<head>`, the test pages, no HTTP caching (once the server refuses, only the
 * service worker may answer) and no service worker unless asked.
 */
export function serveSite(dir: string, { serviceWorker = false }: SiteOptions = {}): Promise<SiteServer> {
  return serveStatic(dir, '/', {
    extraPages: testPages,
    rewriteHtml: (html) => html.replace(/<head[^>]*>/, (head) => `${head}${errorRecorderScript}`),
    hidden: serviceWorker ? [] : ['/sw.js'],
    cacheControl: 'no-store',
  });
}
