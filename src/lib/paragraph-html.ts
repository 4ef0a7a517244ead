/** One anchored paragraph of rendered content: its id and its inner HTML. */
export interface ParagraphHtml {
  id: string;
  html: string;
}

/** One row of the parallel view: a paragraph id and that paragraph's inner HTML in each language. */
export interface ParallelRow<L extends string> {
  id: string;
  cells: { locale: L; html: string }[];
}

/**
 * Splits rendered content into its anchored paragraphs, in order: the top-level
 * `<p id="…" data-paragraph>` elements that src/lib/paragraph-anchors.ts writes (a `<p>` cannot nest).
 * @example splitParagraphs('<p id="p-3-1" data-paragraph>One</p>') // [{ id: 'p-3-1', html: 'One' }]
 */
export function splitParagraphs(html: string): ParagraphHtml[] {
  return [...html.matchAll(/<p id="([^"]+)" data-paragraph(?:="")?>([\s\S]*?)<\/p>/g)].map((match) => ({ id: match[1] ?? '', html: match[2] ?? '' }));
}

/**
 * Pairs the paragraphs of each language by id, in the order of `ids` (the front matter's `paragraphs`,
 * which the content rules keep identical in both languages), with the languages in the order given.
 */
export function alignParagraphs<L extends string>(ids: readonly string[], columns: readonly { locale: L; paragraphs: ParagraphHtml[] }[]): ParallelRow<L>[] {
  return ids.map((id) => ({
    id,
    cells: columns.map(({ locale, paragraphs }) => {
      const paragraph = paragraphs.find((candidate) => candidate.id === id);
      if (!paragraph) throw new Error(`The ${locale} text has no paragraph "${id}"`);
      return { locale, html: paragraph.html };
    }),
  }));
}
