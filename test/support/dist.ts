import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, getLocaleAliases, locales, type Locale } from '../../src/lib/locales.ts';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Root-relative URL paths of every HTML page in a built site, e.g. `/en/mistakes/segmenting-by-assets/`. */
export function listPages(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/${name.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** Maps a root-relative URL path to the file a static host serves for it, or undefined. */
export function resolveFile(urlPath: string, dir = distDir): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const candidate = join(dir, path);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Is this a search page (`/en/search/`)? Search pages are noindex and left out of the sitemap. */
export function isSearchPath(urlPath: string): boolean {
  return locales.some((locale) => urlPath === `/${locale}/search/`);
}

/** Is this the path of a short link page (`/en/3/`), a redirect to a mistake? (Under an alias, `/zh-tw/3/`, it is an alias page.) */
export function isShortLinkPath(urlPath: string): boolean {
  return /^\/[a-z-]+\/\d+\/$/.test(urlPath) && getPathLocale(urlPath) !== undefined;
}

/** The locale whose alias prefix a path is under (`/zh-tw/…` → zh-hant): such pages redirect to that locale's page. */
export function getAliasedLocale(urlPath: string): Locale | undefined {
  const prefix = urlPath.split('/')[1] ?? '';
  return locales.find((locale) => getLocaleAliases(locale).includes(prefix));
}

/** Is this page a redirect from a locale alias (`/zh-tw/…`, `/zh-hk/…`)? */
export function isAliasPath(urlPath: string): boolean {
  return getAliasedLocale(urlPath) !== undefined;
}

/** The language a page is in: its locale, the locale an alias redirects to, else the default (the chooser, 404). */
export function getPageLocale(urlPath: string): Locale {
  return getPathLocale(urlPath) ?? getAliasedLocale(urlPath) ?? defaultLocale;
}

// A page's kind: its path with a mistake's slug or number left out (/zh/mistakes/<slug>/ → /zh/mistakes/*/,
// /en/3/ → /en/*/), each language's kinds apart. Pages of a kind are one template with other content.
export function getPageKind(urlPath: string): string {
  return urlPath.replace(/\/(mistakes|parallel)\/[^/]+\//, '/$1/*/').replace(/^(\/[a-z-]+)\/\d+\/$/, '$1/*/');
}

/** One page of each kind among `pages` (the last listed of each). */
export function listOnePagePerKind(pages: readonly string[]): string[] {
  return [...new Map(pages.map((path) => [getPageKind(path), path])).values()];
}

export function readPage(urlPath: string, dir = distDir): string {
  const file = resolveFile(urlPath, dir);
  if (!file) throw new Error(`dist has no page for ${urlPath}`);
  return readFileSync(file, 'utf8');
}

/** Values of an attribute across a page's markup (the build quotes every attribute). */
export function getAttributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
}

export function getIds(html: string): Set<string> {
  return new Set(getAttributeValues(html, 'id'));
}

/** The `<link rel="alternate" hreflang>` pairs of a page, as hreflang → href. */
export function getAlternates(html: string): Map<string, string> {
  const alternates = new Map<string, string>();
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) alternates.set(match[1] ?? '', match[2] ?? '');
  return alternates;
}

/** The header's language switch: hreflang → href of each of its links (`<a class="language-switch" href hreflang>`). */
export function getLanguageSwitchLinks(html: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of html.matchAll(/<a class="language-switch" href="([^"]+)" hreflang="([^"]+)"/g)) links.set(match[2] ?? '', match[1] ?? '');
  return links;
}

export function getCanonical(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
}
