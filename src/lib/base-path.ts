/**
 * The site's base path (`BASE_PATH` at build time, e.g. `/kb/`; `/` by default), the one place it is read.
 * Vite fills `import.meta.env` in pages, the browser bundles get it by `define` (src/integrations/browser-code.ts);
 * code that runs in plain Node (the Markdown plugin in astro.config) passes the base explicitly to `joinBase`.
 */
function siteBase(): string {
  return import.meta.env?.BASE_URL ?? '/';
}

/** Joins a base path and a root-relative path, e.g. (`/kb/`, `/en/`) → `/kb/en/`. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Returns a root-relative path under the site's base path, e.g. `/en/` → `/kb/en/`: every href the site writes. */
export function pathWithBase(path: string): string {
  return joinBase(siteBase(), path);
}

/** Removes a base path from a pathname, e.g. (`/kb/en/`, `/kb/`) → `/en/`. */
export function pathWithoutBase(pathname: string, base = siteBase()): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase && pathname.startsWith(`${trimmedBase}/`)) return pathname.slice(trimmedBase.length);
  return pathname;
}

/** Returns the absolute URL of a root-relative path on the deployed site, e.g. (`/en/`, `https://x.org`) → `https://x.org/kb/en/`. */
export function toAbsoluteUrl(path: string, site: URL | string, base = siteBase()): string {
  return new URL(joinBase(base, path), site).href;
}
