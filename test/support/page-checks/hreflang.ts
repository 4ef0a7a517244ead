import { getPathLocale } from '../../../src/lib/locale-path.ts';
import { getLanguageTag, locales } from '../../../src/lib/locales.ts';
import { getAlternates, getCanonical, getLanguageSwitchLinks, isShortLinkPath, listPages, readPage, resolveFile } from '../dist.ts';
import { siteOrigin } from '../link-check.ts';
import { differs, findOffenders } from './offenders.ts';

const hreflangs = [...locales.map(getLanguageTag), 'x-default'].sort();

/**
 * Where a translated page's canonical or alternates are wrong (incomplete, off-site, missing, or not linking back), or its
 * language switch does not offer every other language at that language's alternate, with its hreflang.
 */
export function checkHreflang(dist: string, page: string): string[] {
  const html = readPage(page, dist);
  const self = `${siteOrigin}${page}`;
  const alternates = getAlternates(html);
  const problems = [...differs('canonical', getCanonical(html), self), ...differs('hreflangs', [...alternates.keys()].sort(), hreflangs)];
  if (![...alternates.values()].includes(self)) problems.push('no alternate names the page itself');
  for (const [hreflang, href] of alternates) {
    if (!href.startsWith(siteOrigin)) {
      problems.push(`${hreflang} → ${href} leaves the site`);
      continue;
    }
    const path = href.slice(siteOrigin.length);
    if (!resolveFile(path, dist)) problems.push(`${hreflang} → ${href} is not a page`);
    else if (hreflang !== 'x-default') {
      const other = getAlternates(readPage(path, dist));
      if (other.get(hreflang) !== href) problems.push(`${href} does not call itself ${hreflang}`);
      if (![...other.values()].includes(self)) problems.push(`${href} does not link back`);
    }
  }
  const locale = getPathLocale(page);
  const switchTags = locales.filter((other) => other !== locale).map(getLanguageTag);
  const switchLinks = getLanguageSwitchLinks(html);
  problems.push(...differs('language switch', [...switchLinks.keys()].sort(), [...switchTags].sort()));
  for (const [hreflang, href] of switchLinks) {
    const alternate = alternates.get(hreflang)?.slice(siteOrigin.length);
    if (alternate !== undefined && href !== alternate) problems.push(`the language switch's ${hreflang} link → ${href}, not its alternate ${alternate}`);
  }
  return problems;
}

/** Every translated page (short links are redirects, checked in short-links) with a wrong canonical or alternates. */
export function findHreflangOffenders(dist: string): string[] {
  const translated = listPages(dist).filter((page) => getPathLocale(page) && !isShortLinkPath(page));
  return findOffenders(translated, (page) => checkHreflang(dist, page));
}
