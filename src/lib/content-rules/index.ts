import { sortByPath, type ArticleFiles } from './files.ts';
import { findLocaleProblems, findTranslationProblems } from './languages.ts';
import { findBrokenLinks, findParagraphIdProblems } from './links.ts';
import { findMistakeProblems } from './mistakes.ts';
import { findPunctuationProblems } from './punctuation.ts';
import { findChineseWordingProblems } from './chinese-wording.ts';
import { findSelfCheckProblems } from './self-check.ts';
import { findGlossaryProblems } from '../glossary/rules.ts';
import type { GlossaryTerm } from '../glossary/schema.ts';
import { findTerminologyProblems, getParagraphPairs } from '../glossary/terminology.ts';

export { localeOf, type ArticleFiles, type ContentFile } from './files.ts';
export { findInternalLinks, getLinkTargets } from './links.ts';

/**
 * Checks the rules that span files (the schema checks each file alone) and returns
 * one message per problem, each naming the file to fix. An empty list means the article is sound.
 */
export function findContentProblems(unsorted: ArticleFiles): string[] {
  const files = sortByPath(unsorted);
  return [
    ...findLocaleProblems(files),
    ...findMistakeProblems(files.mistakes),
    ...findTranslationProblems(files),
    ...findSelfCheckProblems(files.mistakes),
    ...findParagraphIdProblems(files),
    ...findBrokenLinks(files),
    ...findPunctuationProblems(files),
  ];
}

/** Thrown when the content breaks a rule: the build stops and prints every problem. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Throws a ContentError when the article breaks any rule: its files, its glossary (cross-entry rules; the schema checks
 * each term), the Chinese wording (quotation marks, no mainland words in our Traditional text), and the terminology check (a glossary term in an original's paragraph rendered as the glossary says in its translation).
 */
export function assertValidContent(files: ArticleFiles, glossary: readonly GlossaryTerm[] = []): void {
  const problems = findContentProblems(files);
  problems.push(...findGlossaryProblems(glossary));
  problems.push(...findChineseWordingProblems(sortByPath(files), glossary));
  problems.push(...findTerminologyProblems(getParagraphPairs([...files.mistakes, ...files.introductions]), glossary));
  if (problems.length > 0) throw new ContentError(problems);
}
