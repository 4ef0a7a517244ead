/** Longest query we search for; anything longer is cut (a pasted paragraph is not a query). */
export const maxQueryLength = 100;

export interface SearchQuery {
  /** The text to search for: trimmed, whitespace collapsed, control and bidirectional characters removed, at most `maxQueryLength` characters. */
  text: string;
  /** True when the reader's text was longer than `maxQueryLength` and was cut. */
  truncated: boolean;
}

/**
 * Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069): no word contains them, and echoed in
 * the status line, `?q=%E2%80%AE…` would reverse the rest of the sentence around it. They are removed, not spaced.
 */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** Turns whatever a reader typed, or whatever arrived in `?q=`, into a query that is safe to search for and to show as text. */
export function normalizeQuery(raw: string | null | undefined): SearchQuery {
  // \p{Cc}: the control characters, U+0000–001F and U+007F–009F.
  const cleaned = (raw ?? '')
    .replace(bidiControls, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(cleaned); // by code point, so a cut never splits a character
  if (characters.length <= maxQueryLength) return { text: cleaned, truncated: false };
  return { text: characters.slice(0, maxQueryLength).join('').trim(), truncated: true };
}

/** The parameter that asks for the reader's words as typed, uncorrected ("search instead for …"). */
export const verbatimParam = 'verbatim';

/** Reads the query and topic of a search page URL (`?q=资产&topic=assets`), and whether a correction was declined. */
export function readSearchParams(search: string): { query: SearchQuery; topic: string; verbatim: boolean } {
  const params = new URLSearchParams(search);
  return { query: normalizeQuery(params.get('q')), topic: params.get('topic')?.trim() ?? '', verbatim: params.has(verbatimParam) };
}

/** Builds the query string of a search page URL; empty values are left out so shared links stay short. */
export function writeSearchParams(query: string, topic: string, { verbatim = false } = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (topic) params.set('topic', topic);
  if (verbatim && query) params.set(verbatimParam, '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}
