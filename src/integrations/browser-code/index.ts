import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleBrowserCode, islandDirectory, type BrowserCode, type BrowserData } from './bundle.ts';
import { devBrowserCode } from './dev.ts';

const virtualId = 'virtual:kb/browser-code';

const resolvedId = `\0${virtualId}`;

/**
 * The one way browser code reaches a page: esbuild bundles `src/islands/` before Astro renders (see bundle.ts), pages
 * read the result from `virtual:kb/browser-code`, and the island modules are copied into the build at the end.
 */
export function browserCode({ data = () => ({}) }: { data?: () => BrowserData } = {}): AstroIntegration {
  let staging = '';
  return {
    name: 'kb:browser-code',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        staging = fileURLToPath(new URL('browser-code/', config.cacheDir));
        await rm(staging, { recursive: true, force: true });
        const browserData = data();
        const dev = command === 'dev';
        const bundleOptions = { root: fileURLToPath(config.root), base: config.base, outDir: staging, dev, data: browserData };
        let code: BrowserCode = await bundleBrowserCode(bundleOptions);
        const rebundle = async () => {
          code = await bundleBrowserCode(bundleOptions);
        };
        updateConfig({
          vite: {
            plugins: [
              ...(dev ? [devBrowserCode({ base: config.base, staging, rebundle, virtualModuleId: resolvedId })] : []),
              {
                name: 'kb:browser-code',
                // Component code that shares an island helper resolves its `kb:data/…` imports here too.
                resolveId: (id: string) => (id === virtualId ? resolvedId : id.startsWith('kb:data/') ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id === resolvedId)
                    return Object.entries(code)
                      .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
                      .join('\n');
                  if (id.startsWith('\0kb:data/')) return `export default ${JSON.stringify(browserData[id.slice('\0kb:data/'.length)])};`;
                  return undefined;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({
          filename: 'browser-code.d.ts',
          content: `declare module '${virtualId}' {\n  export const inlineScripts: Record<string, { code: string }>;\n  export const islandModules: Record<string, string>;\n}\n`,
        });
      },
      'astro:build:done': async ({ dir }) => {
        await cp(staging, fileURLToPath(new URL(islandDirectory, dir)), { recursive: true });
      },
    },
  };
}
