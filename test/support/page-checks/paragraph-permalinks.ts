import { getPathLocale } from '../../../src/lib/locale-path.ts';
import { defaultLocale } from '../../../src/lib/locales.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { listPages, readPage } from '../dist.ts';
import { getParagraphIds } from '../paragraphs.ts';
import { findOffenders } from './offenders.ts';

/** Paragraphs of a mistake page that do not end with a ¶ link to themselves, labelled in the page's language, out of search. */
export function checkPermalinks(page: string, html: string): string[] {
  const label = useTranslations(getPathLocale(page) ?? defaultLocale)('permalink.label');
  const ids = getParagraphIds(html);
  if (ids.length === 0) return ['no paragraphs'];
  return ids
    .filter(
      (id) =>
        !new RegExp(
          `<p id="${id}" data-paragraph>(?:(?!</p>)[\\s\\S])*<a class="permalink" href="#${id}" aria-label="${label}" data-pagefind-ignore>¶</a></p>`,
        ).test(html),
    )
    .map((id) => `${id} has no ¶ permalink labelled "${label}"`);
}

export function findPermalinkOffenders(dist: string): string[] {
  const mistakePages = listPages(dist).filter((page) => page.includes('/mistakes/') && getPathLocale(page));
  return findOffenders(mistakePages, (page) => checkPermalinks(page, readPage(page, dist)));
}
