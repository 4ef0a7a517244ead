import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAlternates, getCanonical, getIds, isSearchPath, isShortLinkPath, listPages, readPage } from '../support/dist.ts';

const pages = listPages();
const site = 'http://localhost:4321';
const shortLinks = pages.filter(isShortLinkPath);
const mistakePages = pages.filter((page) => page.includes('/mistakes/'));

/** The content of a `<meta>` by name or property, e.g. `og:locale`; every value when it repeats. */
function getMeta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

/** The paragraph ids a page defines, in document order. */
function getParagraphIds(html: string): string[] {
  return [...html.matchAll(/\sid="(p-[a-z0-9]+-\d+)"/g)].map((match) => match[1] ?? '');
}

/** Sort key of a paragraph id in the article: the introduction first, then mistake by mistake. */
function readingOrder(id: string): number {
  const [, part = '', k = '0'] = id.split('-');
  return (part === 'intro' ? 0 : Number(part)) * 100 + Number(k);
}

describe('short links', () => {
  it('exist for mistakes 1 to 7 in both languages', () => {
    expect(shortLinks).toEqual(['en', 'zh'].flatMap((locale) => [1, 2, 3, 4, 5, 6, 7].map((n) => `/${locale}/${n}/`)).sort());
  });

  it.each(shortLinks)('%s redirects to its mistake, keeps the fragment and stays out of search', (page) => {
    const html = readPage(page);
    const [, locale, number] = /^\/(\w+)\/(\d+)\/$/.exec(page) ?? [];
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? '';
    expect(target).toMatch(new RegExp(`^/${locale}/mistakes/[a-z-]+/$`));
    const mistake = readPage(target);
    expect(mistake).toMatch(locale === 'en' ? `Mistake ${number} of 7` : `错误${number}（共7个）`);
    expect(getCanonical(html)).toBe(`${site}${target}`);
    expect(html).toContain(`<a href="${target}">`);
    expect(html).toContain(`location.replace(${JSON.stringify(target)}+location.hash)`);
    expect(getMeta(html, 'robots')).toEqual(['noindex']);
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('sitemap.xml and robots.txt', () => {
  const xml = readPage('/sitemap.xml');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => {
    const body = match[1] ?? '';
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '';
    const alternates = new Map([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    return { loc, alternates };
  });

  it('declares the sitemap and xhtml namespaces', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists every page but the 404 page and the short links, once, by its canonical URL', () => {
    const expected = pages.filter((page) => page !== '/404.html' && !isShortLinkPath(page) && !isSearchPath(page)).map((page) => `${site}${page}`);
    expect(urls.map((url) => url.loc).sort()).toEqual(expected.sort());
    for (const page of pages.filter((path) => path.startsWith('/en/') || path.startsWith('/zh/'))) {
      if (!isShortLinkPath(page)) expect(getCanonical(readPage(page))).toBe(`${site}${page}`);
    }
  });

  it('gives every translated page the same alternates as its HTML, reciprocal in the sitemap', () => {
    const byLoc = new Map(urls.map((url) => [url.loc, url.alternates]));
    for (const { loc, alternates } of urls) {
      if (loc === `${site}/`) continue;
      expect([...alternates.keys()].sort(), loc).toEqual(['en', 'x-default', 'zh-CN']);
      expect(alternates, loc).toEqual(getAlternates(readPage(loc.slice(site.length))));
      for (const [hreflang, href] of alternates) {
        if (hreflang !== 'x-default') expect(byLoc.get(href), `${href} lists ${loc}`).toEqual(alternates);
      }
    }
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    expect(readPage('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
  });
});

describe('Open Graph and Twitter', () => {
  it.each(pages.filter((page) => !isShortLinkPath(page)))('%s has localized title, description and locales', (page) => {
    const html = readPage(page);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = getMeta(html, 'description')[0];
    expect(getMeta(html, 'og:title')).toEqual([title]);
    expect(getMeta(html, 'twitter:title')).toEqual([title]);
    expect(getMeta(html, 'og:description')).toEqual([description]);
    expect(getMeta(html, 'twitter:description')).toEqual([description]);
    expect(getMeta(html, 'twitter:card')).toEqual(['summary']);
    expect(getMeta(html, 'og:url')).toEqual([getCanonical(html)]);
    const zh = page.startsWith('/zh/');
    expect(getMeta(html, 'og:locale')).toEqual([zh ? 'zh_CN' : 'en_US']);
    const translated = page.startsWith('/en/') || zh;
    expect(getMeta(html, 'og:locale:alternate')).toEqual(translated ? [zh ? 'en_US' : 'zh_CN'] : []);
  });
});

describe('paragraph permalinks', () => {
  it.each(mistakePages)('%s ends every paragraph with a ¶ to itself, labelled in its language, out of search', (page) => {
    const html = readPage(page);
    const label = page.startsWith('/zh/') ? '本段链接' : 'Link to this paragraph';
    const ids = getParagraphIds(html);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(html).toMatch(new RegExp(`<p id="${id}" data-paragraph>(?:(?!</p>)[\\s\\S])*<a class="permalink" href="#${id}" aria-label="${label}" data-pagefind-ignore>¶</a></p>`));
    }
  });
});

describe('the whole article and the parallel views', () => {
  it.each(['en', 'zh'])('/%s/article/ has every paragraph of the introduction and the mistakes, in order, and is not indexed by search', (locale) => {
    const html = readPage(`/${locale}/article/`);
    const expected = [readPage(`/${locale}/`), ...mistakePages.filter((page) => page.startsWith(`/${locale}/`)).map((page) => readPage(page))]
      .flatMap(getParagraphIds)
      .sort((a, b) => readingOrder(a) - readingOrder(b));
    expect(getParagraphIds(html)).toEqual(expected);
    expect(html).not.toContain('data-pagefind-body');
    for (let n = 1; n <= 7; n += 1) expect(getIds(html).has(`mistake-${n}`)).toBe(true);
  });

  it.each(pages.filter((page) => page.includes('/parallel/')))('%s pairs each paragraph of the mistake in both languages', (page) => {
    const html = readPage(page);
    const mistake = readPage(page.replace('/parallel/', '/mistakes/'));
    expect(getParagraphIds(html)).toEqual(getParagraphIds(mistake));
    const [first, second] = page.startsWith('/zh/') ? ['zh-CN', 'en'] : ['en', 'zh-CN'];
    for (const id of getParagraphIds(mistake)) {
      expect(html).toContain(`<div class="parallel__cell" lang="${first}" data-paragraph-id="${id}">`);
      expect(html).toContain(`<div class="parallel__cell" lang="${second}" data-paragraph-id="${id}">`);
    }
    expect(html).not.toContain('data-pagefind-body');
  });

  it('links every mistake page to its parallel view and its place in the whole article', () => {
    for (const page of mistakePages) {
      const html = readPage(page);
      const [, locale = '', slug = ''] = /^\/(\w+)\/mistakes\/([^/]+)\/$/.exec(page) ?? [];
      const number = /id="p-(\d+)-1"/.exec(html)?.[1];
      expect(html, page).toContain(`href="/${locale}/parallel/${slug}/"`);
      expect(html, page).toContain(`href="/${locale}/article/#mistake-${number}"`);
    }
  });

  it('lists the new pages among the published URLs', () => {
    const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8');
    for (const page of pages.filter((path) => /\/(article|parallel)\/|^\/\w+\/\d+\/$/.test(path))) expect(published).toContain(`\n${page}\n`);
    for (const file of ['/sitemap.xml', '/robots.txt']) expect(published).toContain(`\n${file}\n`);
  });
});
