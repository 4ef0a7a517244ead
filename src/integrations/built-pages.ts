import { copyFile, glob, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishPage } from '../lib/built-page.ts';
import { headerOnlyDirectives, mergePolicies } from '../lib/csp.ts';
import { toHeadersFile } from '../lib/deploy/headers-file.ts';
import { toNginxConf } from '../lib/deploy/nginx.ts';
import { getDeployRules } from '../lib/deploy/rules.ts';
import { getLocaleAliases, locales } from '../lib/locales.ts';
import { getNotFoundPath } from '../lib/not-found.ts';
import { wholeIndexAttribute } from '../lib/search/bundle-path.ts';
import { isWholeIndex } from './search-index.ts';
import { serviceWorkerFile } from './service-worker.ts';

/**
 * Astro writes `/<lang>/404` as `<lang>/404/index.html`; hosts (Cloudflare Pages: the nearest 404.html up the path) and
 * the service worker look for `<lang>/404.html`, and for `<alias>/404.html` under a locale's aliases (`/zh-tw/`).
 */
async function moveNotFoundPages(outDir: string): Promise<void> {
  for (const locale of locales) {
    const target = `${outDir}${getNotFoundPath(locale).slice(1)}`;
    const folder = target.replace(/\.html$/, '/');
    await rename(`${folder}index.html`, target);
    await rm(folder, { recursive: true });
    for (const alias of getLocaleAliases(locale)) await copyFile(target, `${outDir}${alias}/404.html`);
  }
}

/**
 * The one pass over the built pages, after the search index (which reads them) and before the service worker (which
 * precaches them): each page gets its own Content-Security-Policy and, when the index is whole, its search boxes' mark
 * (src/lib/built-page.ts, with a real HTML parser); then the deploy rules are written twice from the same data
 * (src/lib/deploy/): `_headers` for Netlify and Cloudflare Pages, `nginx.conf` to include in an nginx server block.
 */
export function builtPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await moveNotFoundPages(outDir);
        const searchAttribute = (await isWholeIndex(outDir)) ? wholeIndexAttribute : undefined;
        const policies: string[] = [];
        for await (const file of glob('**/*.html', { cwd: outDir })) {
          const html = await readFile(`${outDir}${file}`, 'utf8');
          try {
            const finished = finishPage(html, { searchAttribute });
            policies.push(finished.policy);
            await writeFile(`${outDir}${file}`, finished.html);
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
        }
        const rules = getDeployRules({ base, serviceWorkerFile, contentSecurityPolicy: mergePolicies(policies, headerOnlyDirectives) });
        await writeFile(`${outDir}_headers`, toHeadersFile(rules));
        await writeFile(`${outDir}nginx.conf`, toNginxConf(rules));
        const marked = searchAttribute ? '; each index is one file: search boxes fetch it on focus' : '';
        logger.info(`gave ${policies.length} pages their own policies${marked}; wrote _headers and nginx.conf`);
      },
    },
  };
}
