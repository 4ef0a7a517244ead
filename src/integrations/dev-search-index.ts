import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/base-path.ts';
import { searchRuntimePath } from '../lib/search/bundle-path.ts';
import { serveFolder } from './dev-files.ts';

/**
 * Search in `npm run dev`: Pagefind indexes built pages, which the dev server never writes, so it serves the last
 * build's index (`<outDir>/pagefind/`) at the URL the build serves it from. With no build yet, it starts one in the
 * background (`astro build`, its own cache folder so that it leaves the dev server's alone); until it is done the
 * search box says so and how to get search (src/islands/search/search-element.ts). The index is the last build's: text
 * edited since is found by `npm run build` again.
 */
export function devSearchIndex(): AstroIntegration {
  let outDir = '';
  let root = '';
  let buildCacheDir = '';
  return {
    name: 'kb:dev-search-index',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'dev') return;
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        buildCacheDir = fileURLToPath(new URL('dev-index-build/', config.cacheDir));
        const prefix = joinBase(config.base, '/pagefind/');
        updateConfig({
          vite: {
            plugins: [
              { name: 'kb:dev-search-index', configureServer: (server) => void server.middlewares.use(serveFolder(prefix, () => `${outDir}pagefind/`)) },
            ],
          },
        });
      },
      'astro:server:start': ({ logger }) => {
        if (existsSync(`${outDir}${searchRuntimePath.slice(1)}pagefind.js`)) {
          logger.info(`search uses the last build's index (${outDir}pagefind/); run npm run build to index edits`);
          return;
        }
        logger.warn(`no search index in ${outDir}pagefind/: building the site in the background for it (search works when this says done)`);
        const build = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
          cwd: root,
          env: { ...process.env, NODE_ENV: 'production', CACHE_DIR: buildCacheDir },
          stdio: 'ignore',
        });
        build.on('exit', (code) =>
          code === 0
            ? logger.info('search index built: search works now')
            : logger.error(`the background build for the search index failed (exit ${code}): run npm run build to see why`),
        );
        build.on('error', (error) => logger.error(`the background build for the search index did not start: ${error.message}`));
      },
    },
  };
}
