import { describe, expect, it } from 'vitest';
import { isAnswer, scoreAnswers, type ScoredQuestion } from '../../src/lib/self-check/scoring.ts';

const questions: ScoredQuestion[] = [
  { id: 'q-1-1', mistake: 'alpha', riskyAnswer: 'no' },
  { id: 'q-1-2', mistake: 'alpha', riskyAnswer: 'yes' },
  { id: 'q-2-1', mistake: 'beta', riskyAnswer: 'yes' },
  { id: 'q-3-1', mistake: 'gamma', riskyAnswer: 'no' },
];

describe('scoreAnswers', () => {
  it('scores no answers as all open', () => {
    const score = scoreAnswers(questions, {});
    expect(score.mistakes.map((m) => m.status)).toEqual(['open', 'open', 'open']);
    expect(score).toMatchObject({ atRisk: [], toCheck: [], answered: 0, total: 4 });
  });

  it.each([
    ['a risky "no"', { 'q-1-1': 'no' }, 'risk', ['q-1-1']],
    ['a risky "yes" beside a safe answer', { 'q-1-1': 'yes', 'q-1-2': 'yes' }, 'risk', ['q-1-2']],
    ['both risky', { 'q-1-1': 'no', 'q-1-2': 'yes' }, 'risk', ['q-1-1', 'q-1-2']],
    ['risky beats not sure', { 'q-1-1': 'unsure', 'q-1-2': 'yes' }, 'risk', ['q-1-2']],
    ['not sure, nothing risky', { 'q-1-1': 'unsure', 'q-1-2': 'no' }, 'check', ['q-1-1']],
    ['all safe', { 'q-1-1': 'yes', 'q-1-2': 'no' }, 'clear', []],
    ['one safe, one unanswered', { 'q-1-1': 'yes' }, 'open', []],
  ] as const)('%s', (_case, answers, status, triggered) => {
    const alpha = scoreAnswers(questions, answers).mistakes[0];
    expect(alpha).toEqual({ mistake: 'alpha', status, questions: triggered });
  });

  it('lists the mistakes at risk and to check, in question order, and counts answers', () => {
    const score = scoreAnswers(questions, { 'q-3-1': 'no', 'q-2-1': 'unsure', 'q-1-1': 'no', 'q-1-2': 'no' });
    expect(score.atRisk.map((m) => m.mistake)).toEqual(['alpha', 'gamma']);
    expect(score.toCheck.map((m) => m.mistake)).toEqual(['beta']);
    expect(score.answered).toBe(4);
  });

  it('ignores answers to questions it does not know', () => {
    expect(scoreAnswers(questions, { 'q-9-9': 'yes' }).answered).toBe(0);
  });
});

describe('isAnswer', () => {
  it.each([
    ['yes', true],
    ['no', true],
    ['unsure', true],
    ['maybe', false],
    ['', false],
    [1, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isAnswer(value)).toBe(expected);
  });
});
