import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, getOpenGraphLocale, getOtherLocales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getCanonical, isAliasPath, isShortLinkPath, listPages, readPage } from '../support/dist.ts';

/** The content of a `<meta>` by name or property, e.g. `og:locale`; every value when it repeats. */
function getMeta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe.each(getBuiltSites())('Open Graph and Twitter cards of the $name', ({ dist }) => {
  it.each(listPages(dist).filter((page) => !isShortLinkPath(page) && !isAliasPath(page)))('%s has localized title, description and locales', (page) => {
    const html = readPage(page, dist);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = getMeta(html, 'description')[0];
    expect(getMeta(html, 'og:title')).toEqual([title]);
    expect(getMeta(html, 'twitter:title')).toEqual([title]);
    expect(getMeta(html, 'og:description')).toEqual([description]);
    expect(getMeta(html, 'twitter:description')).toEqual([description]);
    expect(getMeta(html, 'twitter:card')).toEqual(['summary']);
    expect(getMeta(html, 'og:url')).toEqual([getCanonical(html)]);
    const locale = getPathLocale(page);
    expect(getMeta(html, 'og:locale')).toEqual([getOpenGraphLocale(locale ?? defaultLocale)]);
    expect(getMeta(html, 'og:locale:alternate')).toEqual(locale ? getOtherLocales(locale).map(getOpenGraphLocale) : []);
  });
});
