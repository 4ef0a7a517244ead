import { describe, expect, it } from 'vitest';
import { getIndexablePaths, getSitemapEntries, toRobotsTxt, toSitemapXml } from '../../src/lib/sitemap.ts';
import { toAbsoluteUrl } from '../../src/lib/base-path.ts';
import { locales } from '../../src/lib/locales.ts';

const toUrl = (path: string) => toAbsoluteUrl(path, 'https://kb.example.org', '/kb/');

describe('getIndexablePaths', () => {
  it('lists the chooser, then per language home, whole article, self-check, glossary, workshop room, mistakes and parallel views', () => {
    expect(getIndexablePaths(['alpha', 'beta'])).toEqual([
      '/',
      ...locales.flatMap((locale) => [
        `/${locale}/`,
        `/${locale}/article/`,
        `/${locale}/self-check/`,
        `/${locale}/glossary/`,
        `/${locale}/workshop/`,
        `/${locale}/mistakes/alpha/`,
        `/${locale}/mistakes/beta/`,
        `/${locale}/parallel/alpha/`,
        `/${locale}/parallel/beta/`,
      ]),
    ]);
  });

  it('leaves out short links, search pages and the 404 page', () => {
    const paths = getIndexablePaths(['alpha']);
    expect(paths.filter((path) => /\/\d+\/$|404|search/.test(path))).toEqual([]);
  });
});

describe('getSitemapEntries', () => {
  it('gives a translated page its alternates in every language and x-default, absolute under the base path', () => {
    expect(getSitemapEntries(['/zh/mistakes/alpha/'], toUrl)).toEqual([
      {
        loc: 'https://kb.example.org/kb/zh/mistakes/alpha/',
        alternates: [
          { hreflang: 'en', href: 'https://kb.example.org/kb/en/mistakes/alpha/' },
          { hreflang: 'zh-CN', href: 'https://kb.example.org/kb/zh/mistakes/alpha/' },
          { hreflang: 'zh-Hant', href: 'https://kb.example.org/kb/zh-hant/mistakes/alpha/' },
          { hreflang: 'x-default', href: 'https://kb.example.org/kb/en/mistakes/alpha/' },
        ],
      },
    ]);
  });

  it('makes the chooser the x-default of the home pages, and gives the chooser no alternates', () => {
    const [chooser, home] = getSitemapEntries(['/', '/en/'], toUrl);
    expect(chooser).toEqual({ loc: 'https://kb.example.org/kb/', alternates: [] });
    expect(home?.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://kb.example.org/kb/' });
  });
});

describe('toSitemapXml', () => {
  it('writes urlset with the xhtml namespace and escapes URLs', () => {
    const xml = toSitemapXml([{ loc: 'https://x.org/a?b=1&c=2', alternates: [{ hreflang: 'en', href: 'https://x.org/"q"' }] }]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url>',
        '    <loc>https://x.org/a?b=1&amp;c=2</loc>',
        '    <xhtml:link rel="alternate" hreflang="en" href="https://x.org/&quot;q&quot;"/>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty urlset for no pages', () => {
    expect(toSitemapXml([])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n</urlset>');
  });
});

describe('toRobotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(toRobotsTxt('https://kb.example.org/kb/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://kb.example.org/kb/sitemap.xml\n');
  });
});
