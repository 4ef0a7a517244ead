import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { bundleBrowserCode, islandDirectory, type BrowserCode } from './bundle.ts';

const virtualId = 'virtual:kb/browser-code';

type Csp = AstroConfig['security']['csp'];

/** The site's CSP settings with our inline scripts' hashes added (CSP stays off if the config has it off). */
function withScriptHashes(csp: Csp, hashes: string[]): Csp {
  if (csp === false) return csp;
  const settings = csp === true ? { algorithm: 'SHA-256' as const } : csp;
  const ours = hashes.map((hash) => hash as `sha256-${string}`);
  return { ...settings, scriptDirective: { ...settings.scriptDirective, hashes: [...(settings.scriptDirective?.hashes ?? []), ...ours] } };
}
const resolvedId = `\0${virtualId}`;

/**
 * The one way browser code reaches a page: esbuild bundles `src/islands/` before Astro renders (see bundle.ts), pages
 * read the result from `virtual:kb/browser-code`, and the island modules are copied into the build at the end.
 */
export function browserCode(): AstroIntegration {
  let staging = '';
  return {
    name: 'kb:browser-code',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        staging = fileURLToPath(new URL('browser-code/', config.cacheDir));
        await rm(staging, { recursive: true, force: true });
        const code: BrowserCode = await bundleBrowserCode({ root: fileURLToPath(config.root), base: config.base, outDir: staging, dev: command === 'dev' });
        updateConfig({
          // Every inline script's hash, on every page: the meta policy is written before the components that carry the
          // scripts render, and allowing one of our own scripts on a page that lacks it opens nothing.
          security: { csp: withScriptHashes(config.security.csp, Object.values(code.inlineScripts).map((script) => script.hash)) },
          vite: {
            plugins: [
              {
                name: 'kb:browser-code',
                resolveId: (id: string) => (id === virtualId ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? Object.entries(code).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n') : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({
          filename: 'browser-code.d.ts',
          content: `declare module '${virtualId}' {\n  export const inlineScripts: Record<string, { code: string; hash: string }>;\n  export const islandModules: Record<string, string>;\n}\n`,
        });
      },
      'astro:build:done': async ({ dir }) => {
        await cp(staging, fileURLToPath(new URL(islandDirectory, dir)), { recursive: true });
      },
    },
  };
}
