import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

const cache = new Map<string, string>();

/**
 * Bundles a small browser entry in `src/scripts` (TypeScript, with its imports) into one minified IIFE,
 * to inline in the page: a plain page then costs no extra request for its only script.
 */
export function bundleInlineScript(entry: string): string {
  // Resolved from the project root: a component's own import.meta.url points into the build output.
  const path = resolve('src/scripts', entry);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  const result = buildSync({ entryPoints: [path], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, charset: 'utf8' });
  const code = result.outputFiles[0]?.text.trim() ?? '';
  cache.set(path, code);
  return code;
}
