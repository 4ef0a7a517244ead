import type { TranslationFile } from './content-files.ts';
import { toPlainText } from './markdown-text.ts';
import type { AlignedPair } from './tmx.ts';

/** Returns a file's name in pair ids: `introduction`, or a mistake's slug. */
function getFileStem(target: string): string {
  return (
    target
      .split('/')
      .at(-1)
      ?.replace(/\.mdx$/, '') ?? target
  );
}

/**
 * Returns the aligned pairs of the article's files (title, summary, paragraphs, self-check questions; the glossary goes
 * to the termbase), as plain text. Only pairs whose English translates today's Chinese: a translation memory that paired
 * a revised original with a stale translation would teach a CAT tool the wrong thing (Weblate and Crowdin leave such
 * strings out of their memories too).
 */
export function getAlignedPairs(files: readonly TranslationFile[]): AlignedPair[] {
  return files
    .filter((file) => file.target.endsWith('.mdx'))
    .flatMap((file) => {
      const targets = new Map(file.targetSegments.map((segment) => [segment.id, segment.text]));
      const current = new Set(file.statuses.filter((status) => status.state === 'current').map((status) => status.id));
      return file.sourceSegments.flatMap((segment) => {
        const target = targets.get(segment.id);
        if (!current.has(segment.id) || target === undefined) return [];
        return [{ id: `${getFileStem(file.target)}#${segment.id}`, source: toPlainText(segment.text), target: toPlainText(target) }];
      });
    });
}
