/** The paragraph ids a built page defines (`p-3-2`, `p-intro-1`), in document order. */
export function getParagraphIds(html: string): string[] {
  return [...html.matchAll(/\sid="(p-[a-z0-9]+-\d+)"/g)].map((match) => match[1] ?? '');
}

/** Sort key of a paragraph id in the whole article: the introduction first, then mistake by mistake. */
export function getReadingOrder(id: string): number {
  const [, part = '', k = '0'] = id.split('-');
  return (part === 'intro' ? 0 : Number(part)) * 1000 + Number(k);
}
