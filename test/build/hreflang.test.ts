import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { getLanguageTag, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getAlternates, getCanonical, isShortLinkPath, listPages, readPage } from '../support/dist.ts';
import { siteOrigin } from '../support/link-check.ts';

const hreflangs = [...locales.map(getLanguageTag), 'x-default'].sort();

describe.each(getBuiltSites())('hreflang alternates of the $name', ({ dist }) => {
  // Short links (`/en/3/`) are redirects: their canonical is the mistake page (short-links.test.ts).
  const translatedPages = listPages(dist).filter((page) => getPathLocale(page) && !isShortLinkPath(page));

  it.each(translatedPages)('%s: canonical, and alternates complete and reciprocal', (page) => {
    const html = readPage(page, dist);
    const self = `${siteOrigin}${page}`;
    expect(getCanonical(html)).toBe(self);
    const alternates = getAlternates(html);
    expect([...alternates.keys()].sort()).toEqual(hreflangs);
    expect([...alternates.values()]).toContain(self);
    for (const [hreflang, href] of alternates) {
      expect(href.startsWith(siteOrigin), href).toBe(true);
      const other = readPage(href.slice(siteOrigin.length), dist);
      if (hreflang === 'x-default') continue;
      expect(getAlternates(other).get(hreflang)).toBe(href);
      expect([...getAlternates(other).values()], `${href} links back to ${self}`).toContain(self);
    }
  });
});
