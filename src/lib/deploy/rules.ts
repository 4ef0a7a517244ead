import { joinBase } from '../base-path.ts';
import { getNotFoundPath, getNotFoundPrefixes } from '../not-found.ts';

/**
 * What a host must do with the built site, as data: the one source of `dist/_headers` (headers-file.ts) and of
 * `dist/nginx.conf` (nginx.ts). Paths include the base path.
 */
export interface DeployRules {
  /** The site's root path: `/`, or its base path (`/kb/`). */
  root: string;
  /** Sent with every response, pages and files alike. */
  securityHeaders: Record<string, string>;
  /** The service worker: never cached, so a new deployment is seen. */
  serviceWorker: { path: string; headers: Record<string, string> };
  /** Astro's hashed files: cached for good, their names change with their content. */
  hashedAssets: { prefix: string; headers: Record<string, string> };
  /** Types a host may not know (Debian's nginx has no `.webmanifest`), by file extension. */
  types: Record<string, string>;
  /** The page for a missing path: per URL prefix (a language, or its alias), and the site-wide one. */
  notFound: { prefixes: { prefix: string; page: string }[]; fallback: string };
}

/** Returns the site's deploy rules, given its base path, its service worker's file name and its site-wide policy. */
export function getDeployRules({
  base,
  serviceWorkerFile,
  contentSecurityPolicy,
}: {
  base: string;
  serviceWorkerFile: string;
  contentSecurityPolicy: string;
}): DeployRules {
  return {
    root: joinBase(base, '/'),
    securityHeaders: {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
    serviceWorker: { path: joinBase(base, `/${serviceWorkerFile}`), headers: { 'Cache-Control': 'no-cache' } },
    hashedAssets: { prefix: joinBase(base, '/_astro/'), headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    types: { webmanifest: 'application/manifest+json' },
    notFound: {
      prefixes: getNotFoundPrefixes().map(({ prefix, locale }) => ({ prefix: joinBase(base, prefix), page: joinBase(base, getNotFoundPath(locale)) })),
      fallback: joinBase(base, '/404.html'),
    },
  };
}
