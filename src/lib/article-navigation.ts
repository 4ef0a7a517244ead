/** The minimum of a mistake that navigation needs. */
export interface MistakeRef {
  number: number;
  slug: string;
  title: string;
  related: string[];
}

export interface MistakeNeighbours<M extends MistakeRef> {
  previous: M | undefined;
  next: M | undefined;
  related: M[];
}

/** Returns the mistakes before and after a slug (by number) and its related mistakes, in the order listed. */
export function getNeighbours<M extends MistakeRef>(mistakes: readonly M[], slug: string): MistakeNeighbours<M> {
  const sorted = [...mistakes].sort((a, b) => a.number - b.number);
  const index = sorted.findIndex((mistake) => mistake.slug === slug);
  const current = sorted[index];
  if (!current) throw new Error(`No mistake has the slug "${slug}"`);
  const related = current.related
    .map((relatedSlug) => sorted.find((mistake) => mistake.slug === relatedSlug))
    .filter((mistake): mistake is M => mistake !== undefined);
  return { previous: sorted[index - 1], next: sorted[index + 1], related };
}
