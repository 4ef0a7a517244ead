import { describe, expect, it } from 'vitest';
import { getMistakeAnchor } from '../../src/lib/ids.ts';
import { locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getIds, readPage } from '../support/dist.ts';
import { getParagraphIds, getReadingOrder } from '../support/paragraphs.ts';

describe.each(getBuiltSites())('the whole article of the $name', ({ dist, content }) => {
  it.each(locales)('/%s/article/ has every paragraph of the introduction and the mistakes, in order, and is not indexed by search', (locale) => {
    const html = readPage(`/${locale}/article/`, dist);
    const mistakes = content.getMistakes(locale);
    const pages = [`/${locale}/`, ...mistakes.map(({ slug }) => `/${locale}/mistakes/${slug}/`)];
    const expected = pages.flatMap((page) => getParagraphIds(readPage(page, dist))).sort((a, b) => getReadingOrder(a) - getReadingOrder(b));
    expect(getParagraphIds(html)).toEqual(expected);
    expect(html).not.toContain('data-pagefind-body');
    for (const { number } of mistakes) expect(getIds(html).has(getMistakeAnchor(number)), getMistakeAnchor(number)).toBe(true);
  });

  it('is linked from every mistake page at that mistake', () => {
    for (const locale of locales) {
      for (const { slug, number } of content.getMistakes(locale)) {
        expect(readPage(`/${locale}/mistakes/${slug}/`, dist), slug).toContain(`href="/${locale}/article/#${getMistakeAnchor(number)}"`);
      }
    }
  });
});
