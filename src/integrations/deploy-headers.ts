import { glob, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/base-path.ts';
import { headerOnlyDirectives, mergePolicies, toHeadersFile } from '../lib/csp.ts';
import { serviceWorkerFile } from './service-worker.ts';

/** Reads the Content-Security-Policy `<meta>` of a built page (Astro writes one per page). */
function readMetaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'");
}

/**
 * Writes `dist/_headers` for hosts that read it (Netlify, Cloudflare Pages): the site's policy as a header (with what a
 * `<meta>` cannot say: `frame-ancestors`), no caching of the service worker, and long, immutable caching of hashed assets.
 * README shows the same rules for nginx.
 */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for await (const file of glob('**/*.html', { cwd: outDir })) {
          const policy = readMetaPolicy(await readFile(`${outDir}${file}`, 'utf8'));
          if (!policy) throw new Error(`${file}: has no Content-Security-Policy <meta> (is security.csp off in astro.config.mjs?)`);
          policies.push(policy);
        }
        const headers = toHeadersFile([
          {
            path: joinBase(base, '/*'),
            headers: {
              'Content-Security-Policy': mergePolicies(policies, headerOnlyDirectives),
              'X-Content-Type-Options': 'nosniff',
              'Referrer-Policy': 'strict-origin-when-cross-origin',
            },
          },
          { path: joinBase(base, `/${serviceWorkerFile}`), headers: { 'Cache-Control': 'no-cache' } },
          { path: joinBase(base, '/_astro/*'), headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
        ]);
        await writeFile(`${outDir}_headers`, headers);
        logger.info(`wrote _headers (${policies.length} pages' policies)`);
      },
    },
  };
}
