import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { getLanguageTag, getLocaleAliases, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getCanonical, isShortLinkPath, listPages, readPage, resolveFile } from '../support/dist.ts';
import { siteOrigin } from '../support/link-check.ts';

// Prefixes readers type for a locale (`/zh-tw/`, `/zh-hk/` for 繁體): static redirects, like the short links.
const aliased = locales.flatMap((locale) => getLocaleAliases(locale).map((alias) => ({ locale, alias })));

const redirectTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

/** What an alias of a page must do, or why it does not; `undefined` when it does. */
function findAliasProblem(page: string, target: string, html: string | undefined, locale: (typeof locales)[number]): string | undefined {
  if (html === undefined) return `${page}: missing`;
  if (redirectTarget(html) !== target) return `${page}: redirects to ${redirectTarget(html)}, not ${target}`;
  if (!html.includes(`<script data-target="${target}">`)) return `${page}: its script does not lead to ${target}`;
  if (!/location\.replace\(`\$\{\w+\}\$\{location\.search\}\$\{location\.hash\}`\)/.test(html)) return `${page}: drops the query or fragment`;
  if (!html.includes(`<html lang="${getLanguageTag(locale)}">`)) return `${page}: not in ${getLanguageTag(locale)}`;
  if (getCanonical(html) !== `${siteOrigin}${target}`) return `${page}: canonical ${getCanonical(html)}`;
  if (!html.includes('<meta name="robots" content="noindex">') || html.includes('data-pagefind-body')) return `${page}: not kept out of search`;
  return undefined;
}

describe.each(getBuiltSites())('locale aliases of the $name', ({ dist }) => {
  const pages = listPages(dist);

  it('exist for at least one locale', () => {
    expect(aliased.length).toBeGreaterThan(0);
  });

  // The list comes from the built pages, so a new page cannot miss its alias. The 404 pages are what a host serves for
  // a missing path, never a page to link to.
  it.each(aliased)('/$alias/… redirects every built $locale page, short links included, keeping query and fragment, out of search', ({ locale, alias }) => {
    const targets = pages.filter((page) => getPathLocale(page) === locale && !page.endsWith('/404.html'));
    expect(targets.filter(isShortLinkPath).length).toBeGreaterThan(0);
    const problems = targets.flatMap((page) => {
      // A short link's alias leads to the mistake itself, not through the short link.
      const target = isShortLinkPath(page) ? (redirectTarget(readPage(page, dist)) ?? page) : page;
      const aliasPage = `/${alias}${page.slice(locale.length + 1)}`;
      const file = resolveFile(aliasPage, dist);
      const html = file ? readPage(aliasPage, dist) : undefined;
      return findAliasProblem(aliasPage, target, html, locale) ?? [];
    });
    expect(problems).toEqual([]);
  });
});
