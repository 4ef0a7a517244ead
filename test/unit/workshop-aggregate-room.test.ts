import { describe, expect, it } from 'vitest';
import { aggregateRoom, discussFirstCount } from '../../src/lib/workshop/aggregate-room.ts';
import { getRoomQuestions, type RoomQuestion } from '../../src/lib/workshop/room-questions.ts';
import type { Answers } from '../../src/lib/self-check/scoring.ts';
import type { MistakeData } from '../../src/lib/content-schema.ts';
import { getSelfCheckGroups } from '../../src/lib/self-check/questions.ts';
import { readContentTree } from '../support/content-fixtures.ts';

const questions: RoomQuestion[] = [
  { id: 'q-1-1', mistake: 'alpha', number: 1, riskyAnswer: 'no', paragraph: 'p-1-1' },
  { id: 'q-1-2', mistake: 'alpha', number: 1, riskyAnswer: 'yes', paragraph: 'p-1-3' },
  { id: 'q-2-1', mistake: 'beta', number: 2, riskyAnswer: 'yes' },
  { id: 'q-3-1', mistake: 'gamma', number: 3, riskyAnswer: 'no', paragraph: 'p-3-1' },
  { id: 'q-4-1', mistake: 'delta', number: 4, riskyAnswer: 'yes', paragraph: 'p-4-2' },
];

// Worked by hand: alpha 3 at risk, beta 2, gamma 1 and delta 1 (a tie, broken by number).
const room: { answers: Answers }[] = [
  { answers: { 'q-1-1': 'no', 'q-1-2': 'no', 'q-2-1': 'yes', 'q-3-1': 'yes', 'q-4-1': 'unsure' } },
  { answers: { 'q-1-1': 'yes', 'q-1-2': 'yes', 'q-2-1': 'no', 'q-3-1': 'unsure', 'q-4-1': 'no' } },
  { answers: { 'q-1-1': 'yes', 'q-1-2': 'yes', 'q-2-1': 'yes', 'q-4-1': 'yes' } },
  { answers: {} },
  { answers: { 'q-1-1': 'unsure', 'q-1-2': 'no', 'q-2-1': 'unsure', 'q-3-1': 'no', 'q-4-1': 'no' } },
];

describe('aggregateRoom', () => {
  const summary = aggregateRoom(questions, room);

  it('counts participants per mistake and status, most at risk first', () => {
    expect(summary.responses).toBe(5);
    expect(summary.mistakes).toEqual([
      { mistake: 'alpha', number: 1, risk: 3, check: 1, clear: 0, open: 1 },
      { mistake: 'beta', number: 2, risk: 2, check: 1, clear: 1, open: 1 },
      { mistake: 'gamma', number: 3, risk: 1, check: 1, clear: 1, open: 2 },
      { mistake: 'delta', number: 4, risk: 1, check: 1, clear: 2, open: 1 },
    ]);
  });

  it('splits each question’s answers, in self-check order', () => {
    expect(summary.questions.map(({ id, yes, no, unsure, unanswered, risky }) => [id, yes, no, unsure, unanswered, risky])).toEqual([
      ['q-1-1', 2, 1, 1, 1, 1],
      ['q-1-2', 2, 2, 0, 1, 2],
      ['q-2-1', 2, 1, 1, 1, 2],
      ['q-3-1', 1, 1, 1, 2, 1],
      ['q-4-1', 1, 2, 1, 1, 1],
    ]);
  });

  it(`names the ${discussFirstCount} mistakes most at risk, each with its riskiest question's paragraph`, () => {
    expect(summary.discussFirst).toEqual([
      { mistake: 'alpha', number: 1, risk: 3, question: 'q-1-2', paragraph: 'p-1-3' },
      { mistake: 'beta', number: 2, risk: 2, question: 'q-2-1' },
      { mistake: 'gamma', number: 3, risk: 1, question: 'q-3-1', paragraph: 'p-3-1' },
    ]);
  });

  it('breaks ties by mistake number, whatever order the questions come in', () => {
    const tied = aggregateRoom([...questions].reverse(), [{ answers: { 'q-4-1': 'yes', 'q-2-1': 'yes' } }]);
    expect(tied.mistakes.map(({ mistake }) => mistake)).toEqual(['beta', 'delta', 'alpha', 'gamma']);
  });

  it('picks the first question of a mistake when its questions tie', () => {
    const [first] = aggregateRoom(questions, [{ answers: { 'q-1-1': 'no', 'q-1-2': 'yes' } }]).discussFirst;
    expect(first).toMatchObject({ mistake: 'alpha', question: 'q-1-1', paragraph: 'p-1-1' });
  });

  it('has nothing to discuss first when nobody is at risk', () => {
    const clear = aggregateRoom(questions, [{ answers: { 'q-1-1': 'yes', 'q-1-2': 'unsure' } }]);
    expect(clear.discussFirst).toEqual([]);
    expect(clear.mistakes[0]).toEqual({ mistake: 'alpha', number: 1, risk: 0, check: 1, clear: 0, open: 0 });
  });

  it('gives an empty room zero counts', () => {
    const empty = aggregateRoom(questions, []);
    expect(empty.responses).toBe(0);
    expect(empty.mistakes.map(({ mistake, risk, open }) => [mistake, risk, open])).toEqual([
      ['alpha', 0, 0],
      ['beta', 0, 0],
      ['gamma', 0, 0],
      ['delta', 0, 0],
    ]);
    expect(empty.discussFirst).toEqual([]);
  });

  it('ignores answers to questions it does not know', () => {
    const { questions: tallies } = aggregateRoom(questions, [{ answers: { 'q-9-9': 'yes' } }]);
    expect(tallies.every(({ unanswered }) => unanswered === 1)).toBe(true);
  });
});

describe('getRoomQuestions', () => {
  const mistake = (number: number, slug: string, selfCheck: MistakeData['selfCheck']) =>
    ({ number, slug, title: slug, summary: slug, topics: ['goals'], related: [slug], paragraphs: [`p-${number}-1`], selfCheck }) satisfies MistakeData;

  it('lists questions in share-code order, with the mistake number and paragraph', () => {
    const mistakes = [
      mistake(2, 'beta', [{ id: 'q-2-1', question: 'B?', riskyAnswer: 'yes' }]),
      mistake(1, 'alpha', [
        { id: 'q-1-1', question: 'A1?', riskyAnswer: 'no', paragraph: 'p-1-1' },
        { id: 'q-1-2', question: 'A2?', riskyAnswer: 'yes' },
      ]),
    ];
    expect(getRoomQuestions(mistakes)).toEqual([
      { id: 'q-1-1', mistake: 'alpha', number: 1, riskyAnswer: 'no', paragraph: 'p-1-1' },
      { id: 'q-1-2', mistake: 'alpha', number: 1, riskyAnswer: 'yes' },
      { id: 'q-2-1', mistake: 'beta', number: 2, riskyAnswer: 'yes' },
    ]);
  });

  it('follows the self-check order on the fixture site’s content, so share codes decode against it', () => {
    const { files } = readContentTree(new URL('../fixtures/site/content/', import.meta.url).pathname);
    const mistakes = files.mistakes.filter((file) => file.id.startsWith('zh/')).map((file) => file.data);
    const selfCheckIds = getSelfCheckGroups('zh', mistakes).flatMap((group) => group.questions.map(({ id }) => id));
    expect(getRoomQuestions(mistakes).map(({ id }) => id)).toEqual(selfCheckIds);
  });
});
