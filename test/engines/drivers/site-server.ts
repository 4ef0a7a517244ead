import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { errorRecorderScript } from './error-recorder.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Pages of the test server's own, under `/__test__/`: never part of the site. */
const testPages: Record<string, string> = {
  // Proves the recorder: one error of each kind it records.
  'throws.html': `<!doctype html><html lang="en"><head><title>Throws on purpose</title>
<script>throw new Error('thrown on purpose');</script>
<script>Promise.reject(new Error('rejected on purpose'));</script>
<script>console.error('logged on purpose');</script>
</head><body><img src="/__test__/missing-on-purpose.png" alt="missing on purpose"></body></html>`,
  // WebKit's window will not go narrower than about 447 px: phone widths are an iframe of this page (see webkit.ts).
  'frame.html': `<!doctype html><html lang="en"><head><title>Frame</title>
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

export interface SiteServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  /** While true, every request is cut off, as with the network gone: only the service worker can answer. */
  refuse: boolean;
  /** Requests answered so far (path and query), in order. */
  readonly answered: string[];
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback like a plain static host (index.html for folders, a redirect to add a folder's slash,
 * 404.html otherwise), with the error recorder at the start of every HTML page's `<head>`, and without the service worker
 * unless asked. Port 0: parallel test files and worktrees never collide.
 */
export async function serveSite(dir: string, { serviceWorker = false }: SiteOptions = {}): Promise<SiteServer> {
  const answered: string[] = [];
  const state = { refuse: false };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (state.refuse) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    answered.push(`${url.pathname}${url.search}`);
    const path = decodeURIComponent(url.pathname);
    const testPage = path.startsWith('/__test__/') ? testPages[path.slice('/__test__/'.length)] : undefined;
    if (testPage !== undefined) {
      send(response, 200, '.html', Buffer.from(testPage));
      return;
    }
    let file = join(dir, normalize(`/${path}`));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile() && (serviceWorker || path !== '/sw.js');
    const served = found ? file : join(dir, '404.html');
    send(response, found ? 200 : 404, extname(served), readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get refuse() {
      return state.refuse;
    },
    set refuse(value: boolean) {
      state.refuse = value;
    },
    answered,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(response: ServerResponse, status: number, extension: string, body: Buffer): void {
  const content = extension === '.html' ? Buffer.from(body.toString('utf8').replace(/<head[^>]*>/, (head) => `${head}${errorRecorderScript}`)) : body;
  // no-store: once the server refuses, only the service worker may answer, not the HTTP cache.
  response.writeHead(status, { 'Content-Type': types[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  response.end(content);
}
