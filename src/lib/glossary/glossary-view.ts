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

/** The aliases of one term a text uses, and the paragraph of the term's first use, where a search by an alias opens. */
export interface SearchAliasGroup {
  paragraph: string;
  term: string;
  aliases: string[];
}

/**
 * The readers' words of the glossary terms a text uses, grouped by term, each with the paragraph of the term's first use
 * (`paragraphs`: the text's paragraphs with their ids, src/lib/markdown-paragraphs.ts), in the terms' order. A term used
 * only outside the paragraphs (a list, a heading) opens at the first paragraph.
 */
export function getSearchAliasGroups(terms: readonly GlossaryTerm[], locale: Locale, text: string, paragraphs: readonly { id: string; text: string }[]): SearchAliasGroup[] {
  const sides = terms.map((term) => ({ id: term.id, side: getTermSide(term, locale) }));
  // All terms at once, so that where terms overlap the longest counts (客户细分 is not also 客户), as on the page's links.
  const find = createTermMatcher(sides.map(({ id, side }) => ({ id, forms: [side.term, ...side.variants] })));
  const used = new Set(find(text).map((found) => found.id));
  const found = paragraphs.map((paragraph) => ({ id: paragraph.id, terms: new Set(find(paragraph.text).map((match) => match.id)) }));
  return sides.flatMap(({ id, side }) => {
    if (side.aliases.length === 0 || !used.has(id)) return [];
    const first = found.find((paragraph) => paragraph.terms.has(id)) ?? found[0];
    return first ? [{ paragraph: first.id, term: side.term, aliases: side.aliases }] : [];
  });
}
