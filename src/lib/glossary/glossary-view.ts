import { getTermSide, type TermSide } from './localize.ts';
import { createTermMatcher } from './term-matcher.ts';
import type { GlossaryTerm } from './schema.ts';
import { contentLocales, getWrittenLocale, type ContentLocale, type Locale } from '../locales.ts';

/** Where a term is used: the introduction, or a mistake by number. */
export type GlossaryUse = { kind: 'introduction' } | { kind: 'mistake'; number: number; slug: string; title: string };

/** One entry of a glossary page: the term in the page's locale, its forms in the other written languages, where it is used. */
export interface GlossaryEntryView {
  id: string;
  side: TermSide;
  others: { locale: ContentLocale; term: string }[];
  /** The parts of the article whose text uses the term, in the article's order. */
  usedIn: GlossaryUse[];
}

/** The article in one locale, as the glossary page reads it: the introduction's and the mistakes' text (Markdown). */
export interface GlossaryArticle {
  introduction: { body: string };
  mistakes: readonly { number: number; slug: string; title: string; body: string }[];
}

/** The article's parts in reading order (introduction, then the mistakes by number), each with its use. */
function getParts(article: GlossaryArticle): { use: GlossaryUse; body: string }[] {
  const mistakes = [...article.mistakes].sort((a, b) => a.number - b.number);
  return [
    { use: { kind: 'introduction' }, body: article.introduction.body },
    ...mistakes.map(({ number, slug, title, body }) => ({ use: { kind: 'mistake' as const, number, slug, title }, body })),
  ];
}

/**
 * Shapes a locale's glossary page: every term in the order the article first uses it (introduction, then mistakes
 * 1–7; terms it never uses last, in the file's order), with its forms in the other written languages (a script variant
 * shows the others of its source) and the parts whose text uses it.
 */
export function getGlossaryEntries(terms: readonly GlossaryTerm[], locale: Locale, article: GlossaryArticle): GlossaryEntryView[] {
  const written = getWrittenLocale(locale);
  const parts = getParts(article);
  const entries = terms.map((term, order) => {
    const side = getTermSide(term, locale);
    const find = createTermMatcher([{ id: term.id, forms: [side.term, ...side.variants] }]);
    const uses = parts.map((part) => find(part.body)[0]?.index);
    const firstPart = uses.findIndex((index) => index !== undefined);
    const entry: GlossaryEntryView = {
      id: term.id,
      side,
      others: contentLocales.filter((other) => other !== written).map((other) => ({ locale: other, term: getTermSide(term, other).term })),
      usedIn: parts.filter((_, i) => uses[i] !== undefined).map((part) => part.use),
    };
    // Sort key: the part of the first use, then its place in that part; unused terms after all used ones.
    const firstUse = firstPart < 0 ? [parts.length, order] : [firstPart, uses[firstPart] ?? 0];
    return { entry, firstUse };
  });
  entries.sort((a, b) => (a.firstUse[0] ?? 0) - (b.firstUse[0] ?? 0) || (a.firstUse[1] ?? 0) - (b.firstUse[1] ?? 0));
  return entries.map(({ entry }) => entry);
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
export function getSearchAliasGroups(
  terms: readonly GlossaryTerm[],
  locale: Locale,
  text: string,
  paragraphs: readonly { id: string; text: string }[],
): SearchAliasGroup[] {
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
