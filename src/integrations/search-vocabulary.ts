import { glob, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Pagefind's fragment files are gzipped JSON behind a 12-byte signature (`pagefind_dcd`). */
const fragmentSignature = 'pagefind_dcd';

/**
 * The words of one language's index, most frequent first, for correcting a query that finds nothing
 * (src/lib/search/typo.ts): read back from the fragments Pagefind wrote, so they are the words it indexed (the visible
 * text and the aliases), cut as it cut them (Chinese by its segmenter, which separates words with U+200B). Latin words
 * of four letters or more, lower case; Han words of two characters or more. Words too short to correct are left out.
 */
export async function collectVocabulary(bundle: string): Promise<string[]> {
  const counts = new Map<string, number>();
  for await (const file of glob('fragment/*.pf_fragment', { cwd: bundle })) {
    const raw = gunzipSync(await readFile(`${bundle}${file}`)).toString('utf8');
    const { content } = JSON.parse(raw.startsWith(fragmentSignature) ? raw.slice(fragmentSignature.length) : raw) as { content: string };
    for (const match of content.toLowerCase().matchAll(/\p{Script=Latin}{4,}|\p{Script=Han}{2,}/gu)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Writes the vocabulary beside the index (`vocabulary.json`, a JSON array); the browser fetches it only when a query misses. */
export async function writeVocabulary(bundle: string, file: string): Promise<number> {
  const words = await collectVocabulary(bundle);
  await writeFile(`${bundle}${file}`, JSON.stringify(words));
  return words.length;
}
