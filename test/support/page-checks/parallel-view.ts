import { getPathLocale } from '../../../src/lib/locale-path.ts';
import { defaultLocale, getLanguageTag, getParallelLocale, locales } from '../../../src/lib/locales.ts';
import { listPages, readPage } from '../dist.ts';
import { getParagraphIds } from '../paragraphs.ts';
import type { SiteContent } from '../site-content.ts';
import { differs, findOffenders } from './offenders.ts';

/** Where a parallel view fails to pair each paragraph of its mistake with the other language's, or is searchable. */
export function checkParallelView(dist: string, page: string): string[] {
  const html = readPage(page, dist);
  const ids = getParagraphIds(readPage(page.replace('/parallel/', '/mistakes/'), dist));
  const problems = differs('paragraph ids', getParagraphIds(html), ids);
  const locale = getPathLocale(page) ?? defaultLocale;
  for (const id of ids) {
    for (const shown of [locale, getParallelLocale(locale)]) {
      const cell = `<div class="parallel__cell" lang="${getLanguageTag(shown)}" data-paragraph-id="${id}">`;
      if (!html.includes(cell)) problems.push(`no ${shown} cell for ${id}`);
    }
  }
  if (html.includes('data-pagefind-body')) problems.push('indexed by search');
  return problems;
}

export function findParallelViewOffenders(dist: string): string[] {
  return findOffenders(
    listPages(dist).filter((page) => page.includes('/parallel/')),
    (page) => checkParallelView(dist, page),
  );
}

/** Every mistake page that does not link to its parallel view. */
export function findMistakesWithoutParallelLink(dist: string, content: SiteContent): string[] {
  const pages = locales.flatMap((locale) => content.getMistakes(locale).map(({ slug }) => `/${locale}/mistakes/${slug}/`));
  return findOffenders(pages, (page) =>
    readPage(page, dist).includes(`href="${page.replace('/mistakes/', '/parallel/')}"`) ? [] : ['no link to its parallel view'],
  );
}
