import { getTermSide, type TermSide } from './localize.ts';
import { createTermMatcher } from './term-matcher.ts';
import type { GlossaryTerm } from './schema.ts';
import { contentLocales, getWrittenLocale, type Locale } from '../locales.ts';

/** One entry of a glossary page: the term in the page's locale, its forms in the other written languages, where it is used. */
export interface GlossaryEntryView {
  id: string;
  side: TermSide;
  others: { locale: Locale; term: string }[];
  /** Mistakes whose text uses the term, by number. */
  usedIn: { number: number; slug: string; title: string }[];
}

/**
 * Shapes a locale's glossary page: every term in the article's order, with its forms in the other written languages
 * (a script variant shows the others of its source) and the mistakes whose text (`body`) uses it.
 */
export function getGlossaryEntries(
  terms: readonly GlossaryTerm[],
  locale: Locale,
  mistakes: readonly { number: number; slug: string; title: string; body: string }[],
): GlossaryEntryView[] {
  const written = getWrittenLocale(locale);
  return terms.map((term) => {
    const side = getTermSide(term, locale);
    const find = createTermMatcher([{ id: term.id, forms: [side.term, ...side.variants] }]);
    return {
      id: term.id,
      side,
      others: contentLocales.filter((other) => other !== written).map((other) => ({ locale: other, term: getTermSide(term, other).term })),
      usedIn: mistakes.filter((mistake) => find(mistake.body).length > 0).map(({ number, slug, title }) => ({ number, slug, title })),
    };
  });
}

/** The readers' words (aliases) of the glossary terms a text uses, for the search index of the page that shows it. */
export function getSearchAliases(terms: readonly GlossaryTerm[], locale: Locale, text: string): string[] {
  const sides = terms.map((term) => ({ id: term.id, side: getTermSide(term, locale) }));
  const used = new Set(createTermMatcher(sides.map(({ id, side }) => ({ id, forms: [side.term, ...side.variants] })))(text).map((found) => found.id));
  return sides.filter(({ id }) => used.has(id)).flatMap(({ side }) => side.aliases);
}
