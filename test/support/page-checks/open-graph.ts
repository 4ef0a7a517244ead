import { getPathLocale } from '../../../src/lib/locale-path.ts';
import { defaultLocale, getOpenGraphLocale, getOtherLocales } from '../../../src/lib/locales.ts';
import { getCanonical, isAliasPath, isShortLinkPath, listPages, readPage } from '../dist.ts';
import { differs, findOffenders } from './offenders.ts';

/** The content of a `<meta>` by name or property, e.g. `og:locale`; every value when it repeats. */
function getMeta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

/** Where a page's share card differs from its own title, description, URL and language. */
export function checkOpenGraph(page: string, html: string): string[] {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const description = getMeta(html, 'description')[0];
  const locale = getPathLocale(page);
  return [
    ...differs('og:title', getMeta(html, 'og:title'), [title]),
    ...differs('twitter:title', getMeta(html, 'twitter:title'), [title]),
    ...differs('og:description', getMeta(html, 'og:description'), [description]),
    ...differs('twitter:description', getMeta(html, 'twitter:description'), [description]),
    ...differs('twitter:card', getMeta(html, 'twitter:card'), ['summary']),
    ...differs('og:url', getMeta(html, 'og:url'), [getCanonical(html)]),
    ...differs('og:locale', getMeta(html, 'og:locale'), [getOpenGraphLocale(locale ?? defaultLocale)]),
    ...differs('og:locale:alternate', getMeta(html, 'og:locale:alternate'), locale ? getOtherLocales(locale).map(getOpenGraphLocale) : []),
  ];
}

/** Every page a reader may share (not a short link or alias redirect) whose card is wrong. */
export function findOpenGraphOffenders(dist: string): string[] {
  const shared = listPages(dist).filter((page) => !isShortLinkPath(page) && !isAliasPath(page));
  return findOffenders(shared, (page) => checkOpenGraph(page, readPage(page, dist)));
}
