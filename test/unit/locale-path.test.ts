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
  getArticleSectionPath,
  getContentLocale,
  getSelfCheckPath,
  getWorkshopPath,
  toLocalePath,
} from '../../src/lib/locale-path.ts';
import { getLanguageTag, locales, type Locale } from '../../src/lib/locales.ts';

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
});

describe('page paths', () => {
  it('shares one slug between languages', () => {
    expect(getMistakePath('en', 'segmenting-by-assets')).toBe('/en/mistakes/segmenting-by-assets/');
    expect(getMistakePath('zh', 'segmenting-by-assets')).toBe('/zh/mistakes/segmenting-by-assets/');
    expect(getParagraphPath('zh', 'segmenting-by-assets', 'p-3-2')).toBe('/zh/mistakes/segmenting-by-assets/#p-3-2');
    expect(getSearchPath('zh')).toBe('/zh/search/');
  });

  it("names the trainers' views: whole article, parallel view, short link, workshop room", () => {
    expect(getArticlePath('zh')).toBe('/zh/article/');
    expect(getParallelPath('en', 'segmenting-by-assets')).toBe('/en/parallel/segmenting-by-assets/');
    expect(getShortLinkPath('en', 3)).toBe('/en/3/');
    expect(getArticleSectionPath('zh', 3)).toBe('/zh/article/#mistake-3');
    expect(getSelfCheckPath('en')).toBe('/en/self-check/');
    expect(getSelfCheckPath('zh', 'segmenting-by-assets')).toBe('/zh/self-check/#segmenting-by-assets');
    expect(getWorkshopPath('zh')).toBe('/zh/workshop/');
  });

  it.each([
    ['/en/mistakes/x/', 'en'],
    ['/zh/', 'zh'],
    ['/', undefined],
    ['/fr/', undefined],
    ['zh/mistakes/segmenting-by-assets', 'zh'],
  ] as const)('reads the locale of %s', (path, locale) => {
    expect(getPathLocale(path)).toBe(locale);
  });
});

describe('getAlternatePaths', () => {
  // One alternate per locale, then x-default: the default locale's page, or the chooser for home pages.
  it.each([
    ['/zh/article/', (locale: Locale) => `/${locale}/article/`, '/en/article/'],
    ['/en/parallel/x/', (locale: Locale) => `/${locale}/parallel/x/`, '/en/parallel/x/'],
    ['/zh/', (locale: Locale) => `/${locale}/`, '/'],
  ])('%s has an alternate in every locale, and x-default', (path, inLocale, xDefault) => {
    const alternates = getAlternatePaths(path);
    expect(alternates.map((alternate) => alternate.hreflang)).toEqual([...locales.map(getLanguageTag), 'x-default']);
    expect(alternates.map((alternate) => alternate.path)).toEqual([...locales.map(inLocale), xDefault]);
  });
});

describe('getContentLocale', () => {
  it.each([
    ['/site/content/zh/mistakes/segmenting-by-assets.mdx', 'zh'],
    ['/site/content/en/introduction.mdx', 'en'],
    ['/tmp/kb-content-valid-x/zh/mistakes/alpha.mdx', 'zh'],
    ['C:\\site\\content\\en\\mistakes\\alpha.mdx', 'en'],
    ['/site/content/fr/mistakes/alpha.mdx', undefined],
    ['/en/zh/notes.mdx', 'zh'],
  ])('%s is in %s', (path, locale) => {
    expect(getContentLocale(path)).toBe(locale);
  });
});
