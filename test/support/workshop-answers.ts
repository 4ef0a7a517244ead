// Known answers for the workshop e2e tests, built from the content's own question list (never from the article's
// wording), and what a room of them must show, worked out here from the self-check's rules as the README states them.
import type { Answer, Answers } from '../../src/lib/self-check/scoring.ts';
import { encodeAnswers } from '../../src/lib/self-check/share-code.ts';
import { readContentTree } from './content-fixtures.ts';
import { fixtureContentDir } from './fixture-site.ts';

// The fixture site's self-check (test/fixtures/site/): the workshop specs run on it, like every feature spec.
const contentDir = fixtureContentDir;

export interface ContentQuestion {
  id: string;
  mistake: string;
  number: number;
  riskyAnswer: 'yes' | 'no';
  paragraph?: string;
}

/** The self-check of the fixture content in one language: questions in share-code order, mistake titles by slug. */
export function readSelfCheck(locale: string): { questions: ContentQuestion[]; titles: Map<string, string> } {
  const mistakes = readContentTree(contentDir)
    .files.mistakes.filter((file) => file.id.startsWith(`${locale}/`))
    .map((file) => file.data)
    .sort((a, b) => a.number - b.number);
  const questions = mistakes.flatMap(({ slug, number, selfCheck }) =>
    selfCheck.map(({ id, riskyAnswer, paragraph }) => ({ id, mistake: slug, number, riskyAnswer, ...(paragraph ? { paragraph } : {}) })),
  );
  return { questions, titles: new Map(mistakes.map(({ slug, title }) => [slug, title])) };
}

const choices: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];

/**
 * `count` different participants' answers: a seeded spread of yes, no, not sure and unanswered, leaning a different way
 * for each question (so that mistakes differ in risk), no two alike.
 */
export function makeAnswerSets(questions: readonly ContentQuestion[], count: number, seed = 14): Answers[] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const sets = Array.from({ length: count }, () =>
    Object.fromEntries(
      questions.flatMap(({ id }, index) => {
        const roll = random();
        const answer = roll < 0.1 ? undefined : choices[(Math.floor(roll * 3.2) + index) % 3];
        return answer ? [[id, answer]] : [];
      }),
    ),
  );
  const codes = new Set(
    sets.map((answers) =>
      encodeAnswers(
        questions.map(({ id }) => id),
        answers,
      ),
    ),
  );
  if (codes.size !== count) throw new Error(`makeAnswerSets: only ${codes.size} of ${count} answer sets differ`);
  return sets;
}

export type Status = 'risk' | 'check' | 'clear' | 'open';

/** A mistake's status for one participant: a risky answer puts it at risk, else "Not sure" makes it worth checking. */
function statusOf(questions: readonly ContentQuestion[], answers: Answers): Status {
  if (questions.some((question) => answers[question.id] === question.riskyAnswer)) return 'risk';
  if (questions.some((question) => answers[question.id] === 'unsure')) return 'check';
  return questions.every((question) => answers[question.id] !== undefined) ? 'clear' : 'open';
}

/** Per mistake, how many participants are in each status; most at risk first, ties by number. */
export function expectRoom(
  questions: readonly ContentQuestion[],
  room: readonly Answers[],
): { mistake: string; number: number; counts: Record<Status, number> }[] {
  const slugs = [...new Set(questions.map(({ mistake }) => mistake))];
  return slugs
    .map((mistake) => {
      const own = questions.filter((question) => question.mistake === mistake);
      const counts: Record<Status, number> = { risk: 0, check: 0, clear: 0, open: 0 };
      for (const answers of room) counts[statusOf(own, answers)] += 1;
      return { mistake, number: own[0]?.number ?? 0, counts };
    })
    .sort((a, b) => b.counts.risk - a.counts.risk || a.number - b.number);
}

/** A share link as a participant sends it, from any origin or language. */
export function toShareLink(origin: string, locale: string, questions: readonly ContentQuestion[], answers: Answers): string {
  return `${origin}/${locale}/self-check/#answers=${encodeAnswers(
    questions.map(({ id }) => id),
    answers,
  )}`;
}
