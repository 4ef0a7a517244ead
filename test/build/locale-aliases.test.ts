import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { getLanguageTag, getLocaleAliases, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getCanonical, isShortLinkPath, listPages, readPage } from '../support/dist.ts';
import { siteOrigin } from '../support/link-check.ts';

// Prefixes readers type for a locale (`/zh-tw/`, `/zh-hk/` for 繁體): static redirects, like the short links.
const aliased = locales.flatMap((locale) => getLocaleAliases(locale).map((alias) => ({ locale, alias })));

describe.each(getBuiltSites())('locale aliases of the $name', ({ dist }) => {
  const pages = listPages(dist);

  it('exist for at least one locale', () => {
    expect(aliased.length).toBeGreaterThan(0);
  });

  it.each(aliased)('/$alias/… redirects every $locale page to it, keeping query and fragment, out of search', ({ locale, alias }) => {
    const targets = pages.filter((page) => getPathLocale(page) === locale && !isShortLinkPath(page));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const page = `/${alias}${target.slice(locale.length + 1)}`;
      const html = readPage(page, dist);
      expect(/<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1], page).toBe(target);
      expect(html, page).toContain(`<script data-target="${target}">`);
      expect(html).toMatch(/location\.replace\(`\$\{\w+\}\$\{location\.search\}\$\{location\.hash\}`\)/);
      expect(html, page).toContain(`<html lang="${getLanguageTag(locale)}">`);
      expect(getCanonical(html), page).toBe(`${siteOrigin}${target}`);
      expect(html, page).toContain('<meta name="robots" content="noindex">');
      expect(html, page).not.toContain('data-pagefind-body');
    }
  });
});
