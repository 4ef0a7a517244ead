import type { Plugin, ViteDevServer } from 'vite';
import { joinBase } from '../../lib/base-path.ts';
import { serveFolder } from '../dev-files.ts';
import { islandDirectory } from './bundle.ts';

/** Browser code lives here, and in what it imports: an edit there rebundles it. */
const sourcePattern = /\/src\/(islands|lib|i18n)\/.*\.(ts|json)$/;

/**
 * The dev server's side of the browser code: it serves the island bundles from `staging` where the build puts them
 * (`<base>_astro/`), so that dev runs the code the build ships, and rebundles them after an edit to their sources,
 * then reloads the page (`rebundle` refreshes what the pages read from `virtual:kb/browser-code`).
 */
export function devBrowserCode({
  base,
  staging,
  rebundle,
  virtualModuleId,
}: {
  base: string;
  staging: string;
  rebundle: () => Promise<void>;
  virtualModuleId: string;
}): Plugin {
  let pending: Promise<void> | undefined;
  let again = false;
  async function update(server: ViteDevServer): Promise<void> {
    // Edits arrive in bursts (a save of several files): one bundle at a time, one more after it if needed.
    if (pending) return void (again = true);
    pending = rebundle()
      .then(() => {
        // Pages render in Astro's own Vite environment; invalidate the module wherever it was loaded.
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(virtualModuleId);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      })
      .catch((error: unknown) => server.config.logger.error(`[kb:browser-code] ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        pending = undefined;
        if (again) {
          again = false;
          void update(server);
        }
      });
    return pending;
  }
  return {
    name: 'kb:browser-code-dev',
    configureServer(server) {
      server.middlewares.use(serveFolder(joinBase(base, `/${islandDirectory}`), () => staging));
      const changed = (file: string) => {
        if (sourcePattern.test(file.replaceAll('\\', '/'))) void update(server);
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
