import type { MistakeData } from '../content-schema.ts';
import { pathWithBase } from '../base-path.ts';
import type { Locale } from '../locales.ts';
import { getSelfCheckGroups } from '../self-check/questions.ts';
import { getRoomQuestions, type RoomQuestion } from './room-questions.ts';

/** A room question with the link (under the base path) to the paragraph that addresses it, else to its mistake. */
export interface RoomQuestionLink extends RoomQuestion {
  href: string;
}

/** A mistake as the room shows it: "Mistake 3: …" linking to its page. */
export interface RoomMistakeLink {
  slug: string;
  number: number;
  title: string;
  /** e.g. "Mistake 3: Segmenting customers by their assets". */
  label: string;
  href: string;
}

export interface RoomIslandData {
  /** In share-code order. */
  questions: RoomQuestionLink[];
  /** By number. */
  mistakes: RoomMistakeLink[];
}

/**
 * What the workshop island needs of the content in the reader's language: the questions in share-code order with
 * their links, and the mistakes' labels and links. `label` writes a mistake's label, e.g. (3, '…') → "Mistake 3: …".
 */
export function getRoomIslandData(locale: Locale, mistakes: readonly MistakeData[], label: (number: number, title: string) => string): RoomIslandData {
  const groups = getSelfCheckGroups(locale, mistakes);
  const paths = new Map(groups.flatMap((group) => group.questions.map((question) => [question.id, question.path] as const)));
  return {
    questions: getRoomQuestions(mistakes).map((question) => ({ ...question, href: pathWithBase(paths.get(question.id) ?? '/') })),
    mistakes: groups.map(({ slug, number, title, path }) => ({ slug, number, title, label: label(number, title), href: pathWithBase(path) })),
  };
}
