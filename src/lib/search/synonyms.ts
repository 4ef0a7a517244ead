/**
 * Puts the article's words in place of the readers' words of the synonym table (content/synonyms.yaml, packed by
 * synonyms-schema.ts's packSynonyms): "clients" → "customers", 顾客 → 客户. Replaced, not added: Pagefind finds the
 * pages that hold every word of a query, so an added word would narrow the search rather than widen it.
 * Latin words are matched whole and in any case; Chinese words anywhere in a run (顾客资产 → 客户资产), longest first.
 * The query is already folded to Simplified.
 * @example expandSynonyms('Clients 顾客', { clients: 'customers', 顾客: '客户' }) // 'customers 客户'
 */
export function expandSynonyms(query: string, table: Readonly<Record<string, string>>): string {
  const latin = query.replace(/[A-Za-z]+/g, (word) => (Object.hasOwn(table, word.toLowerCase()) ? (table[word.toLowerCase()] ?? word) : word));
  const hanWords = Object.keys(table)
    .filter((word) => /^\p{Script=Han}+$/u.test(word))
    .sort((a, b) => b.length - a.length);
  if (hanWords.length === 0) return latin;
  return latin.replace(new RegExp(hanWords.join('|'), 'gu'), (word) => table[word] ?? word);
}
