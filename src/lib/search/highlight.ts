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

/** The search part of a result's link that asks its page to highlight `terms` (one parameter each); '' for none. */
export function toHighlightSearch(terms: string[]): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append(highlightParam, term);
  const search = params.toString();
  return search ? `?${search}` : '';
}
