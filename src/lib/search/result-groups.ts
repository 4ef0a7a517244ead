import type { Locale } from '../locales.ts';
import type { SearchHit } from './results.ts';

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
