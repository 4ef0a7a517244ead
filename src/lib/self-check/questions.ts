import type { MistakeData } from '../content-schema.ts';
import { getMistakePath, getParagraphPath } from '../locale-path.ts';
import type { Locale } from '../locales.ts';

export interface SelfCheckQuestionView {
  id: string;
  question: string;
  riskyAnswer: 'yes' | 'no';
  /** Root-relative link to the paragraph that addresses the question, else to the mistake page. */
  path: string;
}

export interface SelfCheckGroup {
  slug: string;
  number: number;
  title: string;
  /** Root-relative path of the mistake page. */
  path: string;
  questions: SelfCheckQuestionView[];
}

/** Returns the self-check of a language: its mistakes by number, each with its questions in order (the share-code order). */
export function getSelfCheckGroups(locale: Locale, mistakes: readonly MistakeData[]): SelfCheckGroup[] {
  return [...mistakes]
    .sort((a, b) => a.number - b.number)
    .map(({ slug, number, title, selfCheck }) => ({
      slug,
      number,
      title,
      path: getMistakePath(locale, slug),
      questions: selfCheck.map(({ id, question, riskyAnswer, paragraph }) => ({
        id,
        question,
        riskyAnswer,
        path: paragraph ? getParagraphPath(locale, slug, paragraph) : getMistakePath(locale, slug),
      })),
    }));
}
