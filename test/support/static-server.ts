import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
  '.webmanifest': 'application/manifest+json',
  // Browsers compile WebAssembly while it downloads only when it is served as such (the workshop's QR decoder).
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

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `dir` under `base` (e.g. `/kb/`) on loopback, as a plain static host does:
 * `index.html` for folders, a redirect to add a folder's trailing slash, and for anything else the nearest `404.html`
 * up the path (as Cloudflare Pages does, and the build's nginx.conf: `/zh/nope/` gets `/zh/404.html`).
 * Port 0 picks a free port, so parallel worktrees do not collide.
 */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const inside = path.startsWith(base) ? normalize(`/${path.slice(base.length)}`) : undefined;
    let file = inside === undefined ? undefined : join(dir, inside);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file : findNotFoundPage(dir, inside ?? '/');
    response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(served ?? '')] ?? 'application/octet-stream' });
    createReadStream(served ?? '').pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
