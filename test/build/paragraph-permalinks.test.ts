import { describe, expect, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale } from '../../src/lib/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';
import { getParagraphIds } from '../support/paragraphs.ts';

describe.each(getBuiltSites())('paragraph permalinks of the $name', ({ dist }) => {
  const mistakePages = listPages(dist).filter((page) => page.includes('/mistakes/') && getPathLocale(page));

  it.each(mistakePages)('%s ends every paragraph with a ¶ to itself, labelled in its language, out of search', (page) => {
    const html = readPage(page, dist);
    const label = useTranslations(getPathLocale(page) ?? defaultLocale)('permalink.label');
    const ids = getParagraphIds(html);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(html).toMatch(new RegExp(`<p id="${id}" data-paragraph>(?:(?!</p>)[\\s\\S])*<a class="permalink" href="#${id}" aria-label="${label}" data-pagefind-ignore>¶</a></p>`));
    }
  });
});
