import { pathWithBase, pathWithoutBase } from '../base-path.ts';
import { paragraphIdPattern } from '../ids.ts';
import { toTraditionalText, type ScriptMaps } from '../chinese-script/script-map.ts';
import { getPathLocale, toLocalePath } from '../locale-path.ts';
import { getSourceLocale, type Locale } from '../locales.ts';
import { chooseLanding, type Landing, type PagefindAnchor } from './landing.ts';
import { splitExcerpt, type ExcerptPart } from './excerpt.ts';
import { getHighlightTerms, toHighlightSearch } from './highlight.ts';
import { getQueryWords } from './query-words.ts';

/** The part of Pagefind's result data (`await result.data()`) that we use. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text (Chinese cut into words with U+200B between them). */
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: PagefindAnchor[];
}

/** One search result, ready to render. Paths include the base path. */
export interface SearchHit {
  locale: Locale;
  title: string;
  /** Mistake number, from the page's `data-pagefind-meta="number:…"`; undefined for other pages. */
  number: number | undefined;
  /** What the page is: a mistake, the introduction (home page) or the glossary (`data-pagefind-meta="kind:glossary"`). */
  kind: 'mistake' | 'introduction' | 'glossary';
  excerpt: ExcerptPart[];
  /** Link to the page, to the paragraph or glossary entry that best matches (landing.ts), with the words to highlight there. */
  href: string;
  /** When only a reader's word (a glossary alias) led here: the words and the term they stand for, as the reader sees it. */
  alias: Landing['alias'];
  /** The same page in the other language, when it matched too (see groupHits in result-groups.ts). */
  also?: { locale: Locale; href: string };
  /** The same page (and paragraph) in the reader's language. */
  counterpartHref: string;
}

/**
 * The place holding the first matched word: the last paragraph anchor at or before it; on the glossary, the last
 * entry (a `div` with the term's id).
 */
export function findMatchedParagraph(anchors: PagefindResultData['anchors'], locations: number[], { glossary = false } = {}): string | undefined {
  if (locations.length === 0) return undefined;
  const first = Math.min(...locations);
  let found: PagefindResultData['anchors'][number] | undefined;
  for (const anchor of anchors) {
    const isParagraph = glossary ? anchor.element === 'div' : anchor.element === 'p' && paragraphIdPattern.test(anchor.id);
    if (isParagraph && anchor.location <= first && (!found || anchor.location >= found.location)) found = anchor;
  }
  return found?.id;
}

/**
 * Builds a result from Pagefind's data for a reader on a `pageLocale` page; undefined for a URL outside the site's
 * languages (never expected). `query` is the query as searched (folded to Simplified), whose words the result page
 * highlights. A reader of a script variant (zh-hant) gets its source's hits (zh) as pages of the variant: its URL, and
 * title and excerpt converted with `maps`.
 */
export function toSearchHit(data: PagefindResultData, pageLocale: Locale, query = '', maps?: ScriptMaps): SearchHit | undefined {
  const url = new URL(data.url, 'https://x.invalid');
  const indexedPath = pathWithoutBase(url.pathname);
  const indexLocale = getPathLocale(indexedPath);
  if (!indexLocale) return undefined;
  const locale = getSourceLocale(pageLocale) === indexLocale ? pageLocale : indexLocale;
  const convert = locale !== indexLocale && maps ? (text: string) => toTraditionalText(text, maps) : (text: string) => text;
  const path = toLocalePath(indexedPath, locale);
  const number = Number(data.meta.number);
  const isMistake = Number.isInteger(number) && number > 0;
  const glossary = data.meta.kind === 'glossary';
  const landing = chooseLanding(data.anchors, getQueryWords(query), { glossary });
  const paragraph = landing?.id ?? findMatchedParagraph(data.anchors, data.locations, { glossary });
  const hash = paragraph ? `#${paragraph}` : '';
  const alias = landing?.alias && { words: convert(landing.alias.words), term: convert(landing.alias.term) };
  // Found through an alias, the page shows the term the reader's words stand for: that is what to light up.
  return {
    locale,
    title: convert(data.meta.title ?? path),
    number: isMistake ? number : undefined,
    kind: isMistake ? 'mistake' : data.meta.kind === 'glossary' ? 'glossary' : 'introduction',
    excerpt: splitExcerpt(data.excerpt).map((part) => ({ ...part, text: convert(part.text) })),
    href: `${pathWithBase(path)}${toHighlightSearch(alias ? [alias.term] : getHighlightTerms(convert(query)))}${hash}`,
    alias,
    counterpartHref: `${pathWithBase(toLocalePath(path, pageLocale))}${hash}`,
  };
}
