import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAlternates, getAttributeValues, getCanonical, getIds, isShortLinkPath, listPages, readPage, resolveFile } from '../support/dist.ts';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, getLanguageTag, getLocaleAliases, locales } from '../../src/lib/locales.ts';

const pages = listPages();
/** The locale a page is in: its own, or the one an alias prefix (`/zh-tw/`) redirects to; pages for all languages count as English. */
const pageLocale = (page: string) => getPathLocale(page) ?? locales.find((locale) => getLocaleAliases(locale).includes(page.split('/')[1] ?? '')) ?? defaultLocale;
const site = 'http://localhost:4321';

describe('the built site', () => {
  it('has the language chooser, an index and the same mistake pages in every language, and a 404 page', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    const mistakes = (locale: string) => pages.filter((page) => page.startsWith(`/${locale}/mistakes/`)).map((page) => page.slice(locale.length + 1));
    expect(mistakes(defaultLocale).length).toBeGreaterThan(0);
    for (const locale of locales) {
      expect(pages).toContain(`/${locale}/`);
      expect(mistakes(locale)).toEqual(mistakes(defaultLocale));
    }
  });

  it('serves every URL we have published', () => {
    const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(published.length).toBeGreaterThanOrEqual(17);
    const missing = published.filter((url) => !resolveFile(url));
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s: every internal link and asset resolves, fragments included', (page) => {
    const html = readPage(page);
    const broken: string[] = [];
    for (const value of [...getAttributeValues(html, 'href'), ...getAttributeValues(html, 'src')]) {
      if (/^(https?:|data:|mailto:)/.test(value) && !value.startsWith(site)) continue;
      const url = new URL(value, `${site}${page}`);
      if (url.origin !== site) continue;
      const target = resolveFile(url.pathname);
      if (!target) {
        broken.push(value);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !getIds(readFileSync(target, 'utf8')).has(fragment)) broken.push(value);
    }
    expect(broken).toEqual([]);
  });

  // Short links (`/en/3/`) are redirects: their canonical is the mistake page (test/build/trainer-pages.test.ts).
  const translatedPages = pages.filter((page) => getPathLocale(page) && !isShortLinkPath(page));
  it.each(translatedPages)('%s: hreflang alternates are complete and reciprocal', (page) => {
    const html = readPage(page);
    const self = `${site}${page}`;
    expect(getCanonical(html)).toBe(self);
    const alternates = getAlternates(html);
    expect([...alternates.keys()].sort()).toEqual([...locales.map(getLanguageTag), 'x-default'].sort());
    expect([...alternates.values()]).toContain(self);
    for (const [hreflang, href] of alternates) {
      expect(href.startsWith(site), href).toBe(true);
      const other = readPage(href.slice(site.length));
      if (hreflang === 'x-default') continue;
      expect(getAlternates(other).get(hreflang)).toBe(href);
      expect([...getAlternates(other).values()], `${href} links back to ${self}`).toContain(self);
    }
  });

  it('gives each page the right html lang', () => {
    for (const page of pages) {
      const lang = /<html lang="([^"]+)"/.exec(readPage(page))?.[1];
      expect(lang, page).toBe(getLanguageTag(pageLocale(page)));
    }
  });

  it('gives the same paragraph ids to every language of every page', () => {
    for (const page of pages.filter((path) => path.startsWith(`/${defaultLocale}/`))) {
      const ids = (html: string) => [...getIds(html)].filter((id) => id.startsWith('p-')).sort();
      for (const locale of locales) expect(ids(readPage(page.replace(`/${defaultLocale}/`, `/${locale}/`))), `${locale}: ${page}`).toEqual(ids(readPage(page)));
    }
  });

  it('requests nothing from another origin', () => {
    for (const page of pages) {
      const html = readPage(page);
      const linked = [...html.matchAll(/<link[^>]*rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? '');
      const external = [...getAttributeValues(html, 'src'), ...linked].filter((value) => /^(https?:)?\/\//.test(value));
      expect(external, page).toEqual([]);
    }
  });
});
