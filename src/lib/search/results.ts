import { pathWithBase, pathWithoutBase } from '../base-path.ts';
import { paragraphIdPattern } from '../ids.ts';
import { toTraditionalText, type ScriptMaps } from '../chinese-script/script-map.ts';
import { getPathLocale, toLocalePath } from '../locale-path.ts';
import { getSourceLocale, type Locale } from '../locales.ts';
import { chooseLanding, type Landing, type PagefindAnchor } from './landing.ts';
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
  /** The same page in the other language, when it matched too (see groupHits). */
  also?: { locale: Locale; href: string };
  /** The same page (and paragraph) in the reader's language. */
  counterpartHref: string;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
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

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits Pagefind's excerpt (text with `<mark>` around matched words) into parts we render as text nodes,
 * so nothing in an excerpt is ever parsed as HTML.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}

/** The query parameter that carries the reader's words to a result page, where they are highlighted. */
export const highlightParam = 'highlight';

/**
 * The words of a query to highlight on the result page: each word the reader typed, whole. (Pagefind would pass the
 * pieces its segmenter cut, and 营销 would light up every 营 and 销 on the page.)
 */
export function getHighlightTerms(query: string): string[] {
  return query
    .split(' ')
    .filter((term) => term !== '' && !/^["'“”‘’]+$/.test(term))
    .map((term) => term.replace(/^["“]|["”]$/g, ''));
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
    href: `${pathWithBase(path)}${highlightSearch(alias ? [alias.term] : getHighlightTerms(convert(query)))}${hash}`,
    alias,
    counterpartHref: `${pathWithBase(toLocalePath(path, pageLocale))}${hash}`,
  };
}

function highlightSearch(terms: string[]): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append(highlightParam, term);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The article's pages before the glossary (a searcher wants the mistake; the glossary page names every term, so it matches
 * many queries), and within each, the reader's language first; each group keeps Pagefind's ranking.
 */
export function orderHits(hits: SearchHit[], pageLocale: Locale): SearchHit[] {
  const group = (hit: SearchHit) => (hit.kind === 'glossary' ? 2 : 0) + (hit.locale === pageLocale ? 0 : 1);
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => group(a.hit) - group(b.hit) || a.index - b.index)
    .map(({ hit }) => hit);
}

/** Which page a hit is, whatever its language: a mistake by number, the introduction, the glossary. */
function pageKey(hit: SearchHit): string {
  return hit.kind === 'mistake' ? `mistake:${hit.number ?? 0}` : hit.kind;
}

/**
 * One result per page of the article: ordered as orderHits does, a page that matched in both languages shows once, in
 * the reader's language, with the other language's hit as its `also` link (a reader chooses a mistake, not a copy of it).
 */
export function groupHits(hits: SearchHit[], pageLocale: Locale): SearchHit[] {
  const byPage = new Map<string, SearchHit>();
  for (const hit of orderHits(hits, pageLocale)) {
    const key = pageKey(hit);
    const first = byPage.get(key);
    if (!first) byPage.set(key, { ...hit });
    else if (!first.also && first.locale !== hit.locale) first.also = { locale: hit.locale, href: hit.href };
  }
  return [...byPage.values()];
}
