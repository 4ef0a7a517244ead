import { getLanguageName, translationPairs } from '../locales.ts';
import { readTranslationFiles } from './content-files.ts';
import { describeProblems } from './report.ts';

/** How the build treats translations whose source moved on: `mark` them on the page (the default), or fail (`strict`, CI). */
export type TranslationMode = 'mark' | 'strict';

/** The environment variable that chooses the mode: `TRANSLATIONS=strict npm run build`. */
export const translationModeVariable = 'TRANSLATIONS';

/** Reads the mode from the environment; throws on a value it does not know, rather than build in the wrong mode. */
export function getTranslationMode(value: string | undefined): TranslationMode {
  if (value === undefined || value === '' || value === 'mark') return 'mark';
  if (value === 'strict') return 'strict';
  throw new Error(`${translationModeVariable}=${value}: expected "strict" (fail on outdated translations) or "mark" (the default: mark them on the page)`);
}

/**
 * Returns what the build says about the translations of a content folder: one message per segment that is outdated,
 * unconfirmed or missing, each naming the file, the segment and, when outdated, the source's before → after diff.
 * `prefix` is how messages name the content folder (`content/`).
 */
export function findTranslationProblems(contentDir: string, prefix: string): string[] {
  return describeProblems(readTranslationFiles(contentDir), prefix);
}

/** The languages of one side of the translations, as the messages name them: `Chinese`, or `Chinese or English`. */
function nameSide(side: 'source' | 'target'): string {
  return [...new Set(translationPairs.map((pair) => getLanguageName(pair[side])))].join(' or ');
}

/** How many problems the default build's warning lists. */
const warningLimit = 20;

/**
 * The build's translation check: in strict mode throws, listing every problem; by default prints them as a warning
 * (the pages mark each outdated translated paragraph; src/integrations/markdown/translation-notices.ts).
 */
export function checkTranslations(contentDir: string, modeValue: string | undefined): void {
  const mode = getTranslationMode(modeValue);
  const prefix = `${contentDir.replace(/^\.\//, '').replace(/\/?$/, '/')}`;
  const problems = findTranslationProblems(contentDir, prefix);
  if (problems.length === 0) return;
  const [source, target] = [nameSide('source'), nameSide('target')];
  if (mode === 'strict') {
    const list = problems.map((problem) => `  - ${problem}`).join('\n');
    throw new Error(
      `${problems.length} translation${problems.length === 1 ? '' : 's'} behind the ${source} (${translationModeVariable}=strict):\n${list}\nReview each ${target} segment, then run npm run translations -- --accept FILE#id (docs/translations.md).`,
    );
  }
  // A warning, not the worklist: a generated site (the scale bench's copies, never accepted) would print hundreds of lines.
  const shown = problems.slice(0, warningLimit).map((problem) => `  - ${problem}`);
  if (problems.length > warningLimit) shown.push(`  … and ${problems.length - warningLimit} more`);
  console.warn(
    `[translations] ${problems.length} ${target} segment${problems.length === 1 ? '' : 's'} behind the ${source} (outdated paragraphs are marked on the page; npm run translations lists them all):\n${shown.join('\n')}`,
  );
}
