import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLanguageTag, locales } from '../../src/lib/locales.ts';
import { getAlternates, listPages, readPage } from '../support/dist.ts';
import { fourthLocale, fourthLocaleFixture, getFourthLocaleSite } from '../support/fourth-locale-site.ts';

// The fixture site with a fourth locale added as data only (docs/adding-a-locale.md): test/fixtures/fourth-locale/.
const row = (JSON.parse(readFileSync(`${fourthLocaleFixture}locale.json`, 'utf8')) as { row: { tag: string; openGraph: string } }).row;
const allLocales = [...locales, fourthLocale];
const hreflangs = [...locales.map(getLanguageTag), row.tag, 'x-default'].sort();
let dist = '';

const localeOfPath = (page: string) => allLocales.find((locale) => page.startsWith(`/${locale}/`));
// Short links (`/fr/3/`) are redirects, with short-links.test.ts's own checks; isShortLinkPath knows only this site's locales.
const isShortLink = (page: string) => /^\/[a-z-]+\/\d+\/$/.test(page);
/** Pages in a locale of the site, short links aside. */
const translatedPages = () => listPages(dist).filter((page) => localeOfPath(page) !== undefined && !isShortLink(page));
const decode = (html: string) => html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

beforeAll(async () => {
  dist = (await getFourthLocaleSite()).dist;
}, 300_000);

describe(`a fourth locale (${fourthLocale}) added through the locale table, a strings file and content`, () => {
  it('has every page the default locale has, in its own language', () => {
    const offenders: string[] = [];
    for (const page of translatedPages().filter((path) => path.startsWith(`/${locales[0]}/`))) {
      const twin = page.replace(/^\/[^/]+\//, `/${fourthLocale}/`);
      const html = listPages(dist).includes(twin) ? readPage(twin, dist) : '';
      if (!html) offenders.push(`${twin}: missing`);
      else if (!html.includes(`<html lang="${row.tag}"`) || !html.includes(`<meta property="og:locale" content="${row.openGraph}"`))
        offenders.push(`${twin}: not marked as ${row.tag}`);
    }
    expect(offenders).toEqual([]);
  });

  it("is in every page's hreflang alternates and language switch", () => {
    const offenders: string[] = [];
    for (const page of translatedPages()) {
      const html = readPage(page, dist);
      const keys = [...getAlternates(html).keys()].sort();
      if (keys.join() !== hreflangs.join()) offenders.push(`${page}: hreflang ${keys.join(', ')}`);
      const twin = page.replace(/^\/[^/]+\//, `/${fourthLocale}/`);
      if (localeOfPath(page) !== fourthLocale && !html.includes(`href="${twin}" hreflang="${row.tag}"`)) offenders.push(`${page}: no switch to ${twin}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has a search index of its own, of its pages', () => {
    const entry = join(dist, `pagefind/${fourthLocale}/pagefind-entry.json`);
    expect(existsSync(entry)).toBe(true);
    const languages = (JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;
    expect(Object.keys(languages)).toEqual([row.tag]);
    expect(languages[row.tag]?.page_count).toBeGreaterThan(0);
  });

  it('shows each glossary term from its own side', () => {
    const sides = load(readFileSync(`${fourthLocaleFixture}glossary-sides.yaml`, 'utf8')) as Record<string, { term: string; definition: string }>;
    const html = decode(readPage(`/${fourthLocale}/glossary/`, dist));
    const missing = Object.entries(sides).filter(([, side]) => !html.includes(side.term) || !html.includes(side.definition));
    expect(missing.map(([id]) => id)).toEqual([]);
  });

  it('lists its pages in the sitemap, as many as the default locale', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const count = (locale: string) => sitemap.split(`<loc>http://localhost:4321/${locale}/`).length - 1;
    expect(count(fourthLocale)).toBeGreaterThan(0);
    expect(count(fourthLocale)).toBe(count(locales[0] ?? ''));
  });
});
