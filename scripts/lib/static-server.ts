import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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
  // Browsers compile WebAssembly while it downloads only when it is served as such (Pagefind, the QR decoder).
  '.wasm': 'application/wasm',
};

/** The nearest `404.html` up a missing path inside the site, e.g. `/zh/nope/x` → `<dir>/zh/404.html`, else `<dir>/404.html`. */
function findNotFoundPage(dir: string, inside: string): string {
  const folders = inside.split('/').filter(Boolean);
  for (let depth = folders.length; depth > 0; depth -= 1) {
    const candidate = join(dir, ...folders.slice(0, depth), '404.html');
    if (existsSync(candidate)) return candidate;
  }
  return join(dir, '404.html');
}

/** What the tests ask of the server beyond a plain static host; the bench and scripts use none of it. */
export interface ServeOptions {
  /** 0 (the default) picks a free port, so parallel test files and worktrees never collide. */
  port?: number;
  /** Pages of the server's own, by path (`/__test__/throws.html`), never part of the site. */
  extraPages?: Readonly<Record<string, string>>;
  /** Rewrites every HTML answer, e.g. to put a recorder at the start of `<head>`. */
  rewriteHtml?: (html: string) => string;
  /** Paths answered 404 although the site has them (the engine tests' `/sw.js`, unless asked for). */
  hidden?: readonly string[];
  /** Cache-Control of every answer: `no-store` keeps the HTTP cache from answering when the server refuses. */
  cacheControl?: string;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  /** While true, every request is cut off, as with the network gone: only a service worker can answer. */
  refuse: boolean;
  /** Requests answered so far (path and query), in order. */
  readonly answered: string[];
  close(): Promise<void>;
}

/**
 * Serves a built site from `dir` under `base` (e.g. `/kb/`) on loopback, as a plain static host does: `index.html` for
 * folders, a redirect to add a folder's trailing slash, and for anything else the nearest `404.html` up the path (as
 * Cloudflare Pages does, and the build's nginx.conf: `/zh/nope/` gets `/zh/404.html`). The one static server of the
 * project: scripts (the bench), the test projects' global setups and the engine tests all use it.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, extraPages = {}, rewriteHtml, hidden = [], cacheControl } = options;
  const answered: string[] = [];
  const send = (response: ServerResponse, status: number, file: string, body: Buffer = readFileSync(file)) => {
    const extension = extname(file);
    const content = extension === '.html' && rewriteHtml ? Buffer.from(rewriteHtml(body.toString('utf8'))) : body;
    response.writeHead(status, { 'Content-Type': types[extension] ?? 'application/octet-stream', ...(cacheControl ? { 'Cache-Control': cacheControl } : {}) });
    response.end(content);
  };
  const server = createServer((request, response) => {
    if (result.refuse) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    answered.push(`${url.pathname}${url.search}`);
    const path = decodeURIComponent(url.pathname);
    const extra = extraPages[path];
    if (extra !== undefined) return send(response, 200, path, Buffer.from(extra));
    const inside = path.startsWith(base) ? normalize(`/${path.slice(base.length)}`) : undefined;
    let file = inside === undefined ? undefined : join(dir, inside);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile() && !hidden.includes(path) ? file : undefined;
    send(response, found ? 200 : 404, found ?? findNotFoundPage(dir, inside ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  const result: StaticServer = {
    origin: `http://127.0.0.1:${actual}`,
    refuse: false,
    answered,
    close: () =>
      new Promise((resolve, reject) => {
        // Browsers keep connections open: without this, close would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return result;
}
