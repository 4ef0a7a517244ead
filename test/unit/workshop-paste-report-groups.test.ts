import { describe, expect, it } from 'vitest';
import { classifyResponses } from '../../src/lib/workshop/classify-responses.ts';
import { toReportGroups } from '../../src/lib/workshop/paste-report-groups.ts';

const context = { questionIds: ['q-1-1', 'q-1-2'], locales: ['en', 'zh'], room: [{ code: '1yy' }], site: { hosts: ['kb.example.org'], base: '/' } };
const link = (code: string, origin = 'https://kb.example.org') => `${origin}/en/self-check/#answers=${code}`;

describe('toReportGroups sums a paste up as the trainer reads it', () => {
  it('added; already counted (in the room); held back (twice in this paste, another site); the rest not usable', () => {
    const text = [link('1nn'), link('1yy'), link('1nn'), link('1un', 'https://other-kb.example.org'), 'hello', link('2nn'), link('1uu')].join('\n');
    const groups = toReportGroups(classifyResponses(text, context));
    expect(groups.added).toBe(2);
    expect(groups.counted.map(({ line }) => line)).toEqual([2]);
    expect(groups.held.map(({ line, reason }) => [line, reason])).toEqual([
      [3, 'duplicate'],
      [4, 'other-site'],
    ]);
    expect(groups.refused.map(({ line, reason }) => [line, reason])).toEqual([
      [5, 'not-share-link'],
      [6, 'other-version'],
    ]);
  });
});
