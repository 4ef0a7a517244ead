import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Connect } from 'vite';

// The types our build writes under the folders served here: island bundles, their WebAssembly, Pagefind's files.
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Dev server middleware that serves the files of `dir` under the URL prefix `prefix` (e.g. `/kb/_astro/`), unchanged
 * and never cached; a request for a missing file, or outside the folder, goes on to `missing` (or to Vite).
 */
export function serveFolder(prefix: string, dir: () => string, missing?: (response: ServerResponse) => void): Connect.NextHandleFunction {
  return (request: IncomingMessage, response: ServerResponse, next: Connect.NextFunction) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) return next();
    const file = join(dir(), normalize(`/${path.slice(prefix.length)}`));
    let found = false;
    try {
      found = statSync(file).isFile();
    } catch {
      // Not there (yet): the file is missing, as below.
    }
    if (!found) return missing ? missing(response) : next();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  };
}
