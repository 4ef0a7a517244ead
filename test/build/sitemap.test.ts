import { describe, expect, inject, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { getLanguageTag, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getAlternates, getCanonical, isAliasPath, isSearchPath, isShortLinkPath, listPages, readPage } from '../support/dist.ts';
import { fixtureSubPath } from '../support/fixture-site.ts';
import { siteOrigin } from '../support/link-check.ts';

// The one place the built sitemap and robots.txt are checked (test/unit/sitemap.test.ts covers the functions behind them).
interface SitemapUrl {
  loc: string;
  alternates: Map<string, string>;
}

function readSitemap(xml: string): SitemapUrl[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => {
    const body = match[1] ?? '';
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '';
    const alternates = new Map([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    return { loc, alternates };
  });
}

/** Pages a search engine should index: all but the 404 page, the redirects (short links, locale aliases) and the search pages (noindex). */
const isIndexable = (page: string) => !page.endsWith('/404.html') && !isShortLinkPath(page) && !isAliasPath(page) && !isSearchPath(page);

describe.each(getBuiltSites())('sitemap.xml and robots.txt of the $name', ({ dist }) => {
  const pages = listPages(dist);
  const xml = readPage('/sitemap.xml', dist);
  const urls = readSitemap(xml);

  it('declares the sitemap and xhtml namespaces', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists every indexable page once, by its canonical URL', () => {
    expect(urls.map((url) => url.loc).sort()).toEqual(
      pages
        .filter(isIndexable)
        .map((page) => `${siteOrigin}${page}`)
        .sort(),
    );
    for (const page of pages.filter((path) => getPathLocale(path) && isIndexable(path)))
      expect(getCanonical(readPage(page, dist)), page).toBe(`${siteOrigin}${page}`);
  });

  it('gives every translated page the same alternates as its HTML, reciprocal in the sitemap', () => {
    const byLoc = new Map(urls.map((url) => [url.loc, url.alternates]));
    for (const { loc, alternates } of urls) {
      if (loc === `${siteOrigin}/`) continue;
      expect([...alternates.keys()].sort(), loc).toEqual([...locales.map(getLanguageTag), 'x-default'].sort());
      expect(alternates, loc).toEqual(getAlternates(readPage(loc.slice(siteOrigin.length), dist)));
      for (const [hreflang, href] of alternates) {
        if (hreflang !== 'x-default') expect(byLoc.get(href), `${href} lists ${loc}`).toEqual(alternates);
      }
    }
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    expect(readPage('/robots.txt', dist)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteOrigin}/sitemap.xml\n`);
  });
});

describe(`sitemap.xml and robots.txt under the sub-path ${fixtureSubPath}`, () => {
  const dist = inject('fixtureSubPathDist');

  it('list the same pages, at sub-path URLs', () => {
    const locs = readSitemap(readPage('/sitemap.xml', dist)).map((url) => url.loc);
    expect(locs.sort()).toEqual(
      listPages(dist)
        .filter(isIndexable)
        .map((page) => `${siteOrigin}${fixtureSubPath}${page.slice(1)}`)
        .sort(),
    );
    expect(readPage('/robots.txt', dist)).toContain(`Sitemap: ${siteOrigin}${fixtureSubPath}sitemap.xml`);
  });
});
