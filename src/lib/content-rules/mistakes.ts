import type { MistakeData } from '../content-schema.ts';
import { localeOf, nameOf, type ContentFile } from './files.ts';

/**
 * Rules within one language's mistakes: the slug is the file name; slugs and numbers are unique; numbers run from 1
 * without a gap; related mistakes exist and are not the mistake itself.
 */
export function findMistakeProblems(mistakes: ContentFile<MistakeData>[]): string[] {
  const problems: string[] = [];
  const byLocale = new Map<string, ContentFile<MistakeData>[]>();
  for (const mistake of mistakes) {
    const locale = localeOf(mistake);
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), mistake]);
    if (mistake.data.slug !== nameOf(mistake)) {
      problems.push(`${mistake.filePath}: slug "${mistake.data.slug}" does not match the file name "${nameOf(mistake)}.mdx"`);
    }
  }
  for (const [locale, entries] of byLocale) {
    problems.push(...findDuplicates(entries), ...findNumberingGaps(locale, entries), ...findRelatedProblems(locale, entries));
  }
  return problems;
}

function findDuplicates(mistakes: ContentFile<MistakeData>[]): string[] {
  const problems: string[] = [];
  for (const key of ['slug', 'number'] as const) {
    const seen = new Map<unknown, string>();
    for (const mistake of mistakes) {
      const earlier = seen.get(mistake.data[key]);
      if (earlier) problems.push(`${mistake.filePath}: ${key} ${JSON.stringify(mistake.data[key])} is also used by ${earlier}`);
      else seen.set(mistake.data[key], mistake.filePath);
    }
  }
  return problems;
}

function findNumberingGaps(locale: string, mistakes: ContentFile<MistakeData>[]): string[] {
  const numbers = new Set(mistakes.map((mistake) => mistake.data.number));
  const problems: string[] = [];
  for (let n = 1; n <= mistakes.length; n += 1) {
    if (!numbers.has(n)) problems.push(`content/${locale}/mistakes: no mistake has number ${n} (numbers must run 1 to ${mistakes.length})`);
  }
  return problems;
}

function findRelatedProblems(locale: string, mistakes: ContentFile<MistakeData>[]): string[] {
  const slugs = new Set(mistakes.map((mistake) => mistake.data.slug));
  const problems: string[] = [];
  for (const mistake of mistakes) {
    for (const related of mistake.data.related) {
      if (related === mistake.data.slug) problems.push(`${mistake.filePath}: related lists the mistake itself ("${related}")`);
      else if (!slugs.has(related)) problems.push(`${mistake.filePath}: related mistake "${related}" does not exist in ${locale}`);
    }
  }
  return problems;
}
