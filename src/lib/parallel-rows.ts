/** One row of the parallel view: a paragraph id and that paragraph's inner HTML in each language. */
export interface ParallelRow<L extends string> {
  id: string;
  cells: { locale: L; html: string }[];
}

/**
 * Pairs the paragraphs of each language by id, in the order of `ids` (the front matter's `paragraphs`, which the
 * content rules keep identical in every language), with the languages in the order given. Throws, naming the language,
 * when one lacks a paragraph (the content rules stop the build before that can happen).
 * @example alignParagraphs(['p-3-1'], [{ locale: 'en', paragraphs: { 'p-3-1': 'One' } }]) // [{ id: 'p-3-1', cells: [{ locale: 'en', html: 'One' }] }]
 */
export function alignParagraphs<L extends string>(
  ids: readonly string[],
  columns: readonly { locale: L; paragraphs: Readonly<Record<string, string>> }[],
): ParallelRow<L>[] {
  return ids.map((id) => ({
    id,
    cells: columns.map(({ locale, paragraphs }) => {
      const html = paragraphs[id];
      if (html === undefined) throw new Error(`The ${locale} text has no paragraph "${id}"`);
      return { locale, html };
    }),
  }));
}
