import {
  getAlternatePaths,
  getArticlePath,
  getGlossaryPath,
  getHomePath,
  getMistakePath,
  getParallelPath,
  getSelfCheckPath,
  getWorkshopPath,
} from './locale-path.ts';
import { locales } from './locales.ts';

/** One `<url>` of a sitemap: an absolute URL and its hreflang alternates (absolute too). */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * Returns the root-relative paths of every page search engines should index: the chooser, then per language
 * the home page, the whole article, the self-check, the glossary, the workshop room, each mistake and its parallel view. Short links
 * (redirects), search pages (noindex: their content is the other pages') and 404 stay out. The workshop room is a tool,
 * like the self-check, but its page is its own content (how to run a session, the self-check's QR code) that a trainer
 * may search for, not a view of other pages.
 */
export function getIndexablePaths(slugs: readonly string[]): string[] {
  return [
    '/',
    ...locales.flatMap((locale) => [
      getHomePath(locale),
      getArticlePath(locale),
      getSelfCheckPath(locale),
      getGlossaryPath(locale),
      getWorkshopPath(locale),
      ...slugs.map((slug) => getMistakePath(locale, slug)),
      ...slugs.map((slug) => getParallelPath(locale, slug)),
    ]),
  ];
}

/** Returns the sitemap entries of root-relative paths; `toUrl` makes a path absolute. Translated pages list their alternates. */
export function getSitemapEntries(paths: readonly string[], toUrl: (path: string) => string): SitemapEntry[] {
  return paths.map((path) => ({
    loc: toUrl(path),
    // The chooser at `/` is no language's page: it has no alternates of its own.
    alternates: path === '/' ? [] : getAlternatePaths(path).map((alternate) => ({ hreflang: alternate.hreflang, href: toUrl(alternate.path) })),
  }));
}

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);
}

/** Writes a sitemap (sitemaps.org 0.9) with `xhtml:link` hreflang alternates, as Google documents them. */
export function toSitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = entry.alternates.map(
      (alternate) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`,
    );
    return `  <url>\n    <loc>${escapeXml(entry.loc)}</loc>${links.join('')}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Writes robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function toRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
