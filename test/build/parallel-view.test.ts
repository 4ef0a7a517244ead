import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, getLanguageTag, getParallelLocale, locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';
import { getParagraphIds } from '../support/paragraphs.ts';

describe.each(getBuiltSites())('the parallel views of the $name', ({ dist, content }) => {
  it.each(listPages(dist).filter((page) => page.includes('/parallel/')))('%s pairs each paragraph of the mistake in both languages', (page) => {
    const html = readPage(page, dist);
    const mistake = readPage(page.replace('/parallel/', '/mistakes/'), dist);
    expect(getParagraphIds(html)).toEqual(getParagraphIds(mistake));
    const locale = getPathLocale(page) ?? defaultLocale;
    for (const id of getParagraphIds(mistake)) {
      for (const shown of [locale, getParallelLocale(locale)]) {
        expect(html).toContain(`<div class="parallel__cell" lang="${getLanguageTag(shown)}" data-paragraph-id="${id}">`);
      }
    }
    expect(html).not.toContain('data-pagefind-body');
  });

  it('is linked from every mistake page', () => {
    for (const locale of locales) {
      for (const { slug } of content.getMistakes(locale)) {
        expect(readPage(`/${locale}/mistakes/${slug}/`, dist), slug).toContain(`href="/${locale}/parallel/${slug}/"`);
      }
    }
  });
});
