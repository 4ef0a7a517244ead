import type { IntroductionData, MistakeData } from '../content-schema.ts';

/** A content file as the rules see it: where it is, and its validated front matter and raw body. */
export interface ContentFile<Data> {
  /** Path from the project root, e.g. `content/zh/mistakes/segmenting-by-assets.mdx`: named in every problem. */
  filePath: string;
  /** Collection id: `<locale>/mistakes/<name>` or `<locale>/introduction`. */
  id: string;
  data: Data;
  body: string;
}

export interface ArticleFiles {
  mistakes: ContentFile<MistakeData>[];
  introductions: ContentFile<IntroductionData>[];
}

/** Returns the locale folder of a collection entry, e.g. `zh` for `zh/mistakes/segmenting-by-assets`. */
export function localeOf(entry: { id: string }): string {
  return entry.id.split('/')[0] ?? '';
}

/** Returns the file name of an entry without its extension, e.g. `segmenting-by-assets`. */
export function nameOf(file: ContentFile<unknown>): string {
  return file.id.split('/').at(-1) ?? '';
}

/** Formats values as the messages show them, e.g. `[p-1-1, p-1-2]`. */
export function list(values: readonly unknown[]): string {
  return `[${values.join(', ')}]`;
}

/** Returns the files sorted by path, so that messages come out the same whatever order the loader found them in. */
export function sortByPath(files: ArticleFiles): ArticleFiles {
  const byPath = <F extends ContentFile<unknown>>(entries: F[]) => [...entries].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
  return { mistakes: byPath(files.mistakes), introductions: byPath(files.introductions) };
}
