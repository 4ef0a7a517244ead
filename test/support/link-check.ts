import { readFileSync } from 'node:fs';
import { getAttributeValues, getIds, readPage, resolveFile } from './dist.ts';

/** The origin the builds write into absolute URLs (canonical, hreflang, sitemap): SITE_URL, unset in tests. */
export const siteOrigin = 'http://localhost:4321';

/**
 * Returns every `href` and `src` of a built page that should lead inside the site but does not: a page or file missing
 * from dist/, a fragment the target page has no id for, or (under a base path) a link that leaves the base path.
 * `path` is the page's path inside dist/ (`/en/`); the site is served at `basePath` (`/` or `/kb/`).
 */
export function findBrokenLinks(dist: string, path: string, basePath = '/'): string[] {
  const html = readPage(path, dist);
  const pageUrl = new URL(`${basePath}${path.slice(1)}`, siteOrigin);
  const broken: string[] = [];
  for (const value of [...getAttributeValues(html, 'href'), ...getAttributeValues(html, 'src')]) {
    if (/^(data:|mailto:)/.test(value)) continue;
    const url = new URL(value, pageUrl);
    if (url.origin !== siteOrigin) continue;
    if (!url.pathname.startsWith(basePath)) {
      broken.push(`${value} (outside ${basePath})`);
      continue;
    }
    const target = resolveFile(`/${url.pathname.slice(basePath.length)}`, dist);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!target) broken.push(value);
    else if (fragment && target.endsWith('.html') && !getIds(readFileSync(target, 'utf8')).has(fragment)) broken.push(`${value} (no #${fragment})`);
  }
  return broken;
}

/** Returns what a page loads from another origin (scripts, styles, icons, the manifest): it must be nothing. */
export function findForeignResources(html: string): string[] {
  const linked = [...html.matchAll(/<link[^>]*rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? '');
  return [...getAttributeValues(html, 'src'), ...linked].filter((value) => /^(https?:)?\/\//.test(value));
}
