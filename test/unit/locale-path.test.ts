import { describe, expect, it } from 'vitest';
import {
  getAlternatePaths,
  getArticlePath,
  getMistakePath,
  getParagraphPath,
  getParallelPath,
  getPathLocale,
  getSearchPath,
  getShortLinkPath,
  toAbsoluteUrl,
  toLocalePath,
  toOtherLocalePath,
  withBase,
  withoutBase,
} from '../../src/lib/locale-path.ts';

describe('toLocalePath', () => {
  it.each([
    ['/en/', 'zh', '/zh/'],
    ['/zh/', 'en', '/en/'],
    ['/en/mistakes/segmenting-by-assets/', 'zh', '/zh/mistakes/segmenting-by-assets/'],
    ['/en/mistakes/segmenting-by-assets/#p-3-2', 'zh', '/zh/mistakes/segmenting-by-assets/#p-3-2'],
    ['/zh/search/?q=资产', 'en', '/en/search/?q=资产'],
    ['/en', 'zh', '/zh'],
    ['/', 'zh', '/zh/'],
    ['/404.html', 'en', '/en/'],
    ['/english/', 'zh', '/zh/'],
  ] as const)('%s → %s gives %s', (path, target, expected) => {
    expect(toLocalePath(path, target)).toBe(expected);
  });

  it('switches to the other language', () => {
    expect(toOtherLocalePath('/zh/mistakes/one-off-segmentation/')).toBe('/en/mistakes/one-off-segmentation/');
    expect(toOtherLocalePath('/en/')).toBe('/zh/');
  });
});

describe('page paths', () => {
  it('shares one slug between languages', () => {
    expect(getMistakePath('en', 'segmenting-by-assets')).toBe('/en/mistakes/segmenting-by-assets/');
    expect(getMistakePath('zh', 'segmenting-by-assets')).toBe('/zh/mistakes/segmenting-by-assets/');
    expect(getParagraphPath('zh', 'segmenting-by-assets', 'p-3-2')).toBe('/zh/mistakes/segmenting-by-assets/#p-3-2');
    expect(getSearchPath('zh')).toBe('/zh/search/');
  });

  it('names the trainers\' views: whole article, parallel view, short link', () => {
    expect(getArticlePath('zh')).toBe('/zh/article/');
    expect(getParallelPath('en', 'segmenting-by-assets')).toBe('/en/parallel/segmenting-by-assets/');
    expect(getShortLinkPath('en', 3)).toBe('/en/3/');
  });

  it.each([
    ['/en/mistakes/x/', 'en'],
    ['/zh/', 'zh'],
    ['/', undefined],
    ['/fr/', undefined],
  ] as const)('reads the locale of %s', (path, locale) => {
    expect(getPathLocale(path)).toBe(locale);
  });
});

describe('base path', () => {
  it.each([
    ['/en/', '/', '/en/'],
    ['/en/', '/kb/', '/kb/en/'],
    ['/en/', '/kb', '/kb/en/'],
    ['en/', '/kb/', '/kb/en/'],
  ])('withBase(%s, %s) is %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it.each([
    ['/kb/en/', '/kb/', '/en/'],
    ['/en/', '/', '/en/'],
    ['/kbx/en/', '/kb/', '/kbx/en/'],
  ])('withoutBase(%s, %s) is %s', (path, base, expected) => {
    expect(withoutBase(path, base)).toBe(expected);
  });
});

describe('getAlternatePaths', () => {
  it.each([
    ['/zh/article/', ['/en/article/', '/zh/article/', '/en/article/']],
    ['/en/parallel/x/', ['/en/parallel/x/', '/zh/parallel/x/', '/en/parallel/x/']],
    ['/zh/', ['/en/', '/zh/', '/']],
  ])('%s has the alternates %j (en, zh-CN, x-default)', (path, expected) => {
    const alternates = getAlternatePaths(path);
    expect(alternates.map((alternate) => alternate.hreflang)).toEqual(['en', 'zh-CN', 'x-default']);
    expect(alternates.map((alternate) => alternate.path)).toEqual(expected);
  });
});

describe('toAbsoluteUrl', () => {
  it.each([
    ['/en/', 'https://kb.example.org', '/', 'https://kb.example.org/en/'],
    ['/en/', 'https://kb.example.org', '/kb/', 'https://kb.example.org/kb/en/'],
    ['/sitemap.xml', new URL('http://localhost:4321'), '/kb', 'http://localhost:4321/kb/sitemap.xml'],
  ])('(%s, %s, %s) is %s', (path, site, base, expected) => {
    expect(toAbsoluteUrl(path, site, base)).toBe(expected);
  });
});
