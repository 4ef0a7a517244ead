import { getLocaleAliases, locales } from '../locales.ts';

/** A file the service worker could precache: its URL relative to the site's root and its size in bytes. */
export interface PrecacheEntry {
  url: string;
  size: number;
}

/**
 * Above this many bytes (uncompressed) the service worker stops precaching every page. The article is 1.7 MB (0.7 MB
 * gzip) and is precached whole; at 100 times the content every page would be 37 MB gzip on a reader's first visit.
 */
export const precacheBudgetBytes = 8 * 1024 * 1024;

// Pages there are many of, one or more per mistake: the mistake pages, their parallel views, the short links and the
// pages under a locale alias (redirects), and the whole article (which grows with them). Everything else is the shell.
const perMistakePage = /^[^/]+\/(?:mistakes|parallel|article|\d+)\//;
const aliasPrefixes = locales.flatMap((locale) => getLocaleAliases(locale).map((alias) => `${alias}/`));

/** Is this file part of the shell every reader needs offline: styles, scripts, search, home, self-check, glossary, workshop, 404? */
export function isShellFile(url: string): boolean {
  // The 404 pages too, every language's (and its aliases'): the service worker answers a missing path with them offline.
  if (!url.endsWith('.html') || url.endsWith('/404.html')) return true;
  return !perMistakePage.test(url) && !aliasPrefixes.some((prefix) => url.startsWith(prefix));
}

/**
 * The files to precache: all of them while they fit the budget; beyond it only the shell, and the pages a reader opens
 * are kept as they are read (the service worker's runtime cache). Returns whether pages were left out.
 */
export function choosePrecache<T extends PrecacheEntry>(entries: readonly T[], budget = precacheBudgetBytes): { entries: T[]; trimmed: boolean } {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total <= budget) return { entries: [...entries], trimmed: false };
  return { entries: entries.filter((entry) => isShellFile(entry.url)), trimmed: true };
}
