import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, getLanguageTag, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getIds, getPageLocale, listPages, readPage } from '../support/dist.ts';
import { paragraphIdPattern } from '../../src/lib/ids.ts';

describe.each(getBuiltSites())('the pages of the $name', ({ dist, content }) => {
  const pages = listPages(dist);

  it('are the chooser, a 404 page, and in every language its 404 page, an index, the whole article, the self-check, search, the glossary, the workshop room, and a page, parallel view and short link per mistake', () => {
    const expected = ['/', '/404.html'];
    for (const locale of locales) {
      const mistakes = content.getMistakes(locale);
      expected.push(
        `/${locale}/404.html`,
        `/${locale}/`,
        `/${locale}/article/`,
        `/${locale}/self-check/`,
        `/${locale}/search/`,
        `/${locale}/glossary/`,
        `/${locale}/workshop/`,
      );
      expected.push(...mistakes.flatMap(({ slug, number }) => [`/${locale}/mistakes/${slug}/`, `/${locale}/parallel/${slug}/`, `/${locale}/${number}/`]));
      for (const kind of ['mistakes', 'parallel'])
        expect(
          pages.filter((page) => page.startsWith(`/${locale}/${kind}/`)),
          kind,
        ).toHaveLength(mistakes.length);
    }
    expect(pages).toEqual(expect.arrayContaining(expected));
  });

  it('each say their language in <html lang>', () => {
    for (const page of pages) {
      const lang = /<html lang="([^"]+)"/.exec(readPage(page, dist))?.[1];
      expect(lang, page).toBe(getLanguageTag(getPageLocale(page)));
    }
  });

  it('give every paragraph the same id in every language', () => {
    const paragraphIds = (page: string) => [...getIds(readPage(page, dist))].filter((id) => paragraphIdPattern.test(id)).sort();
    for (const page of pages.filter((path) => getPathLocale(path) === defaultLocale)) {
      for (const locale of locales) {
        const twin = `/${locale}${page.slice(defaultLocale.length + 1)}`;
        expect(paragraphIds(twin), twin).toEqual(paragraphIds(page));
      }
    }
  });
});
