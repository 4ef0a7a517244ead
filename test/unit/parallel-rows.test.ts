import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/lib/parallel-rows.ts';

describe('alignParagraphs', () => {
  const en = { 'p-1-1': 'One', 'p-1-2': 'Two <a href="/en/">link</a>' };
  const zh = { 'p-1-2': '二', 'p-1-1': '一' };

  it('pairs paragraphs by id in the listed order, languages in the order given', () => {
    expect(
      alignParagraphs(
        ['p-1-1', 'p-1-2'],
        [
          { locale: 'zh', paragraphs: zh },
          { locale: 'en', paragraphs: en },
        ],
      ),
    ).toEqual([
      {
        id: 'p-1-1',
        cells: [
          { locale: 'zh', html: '一' },
          { locale: 'en', html: 'One' },
        ],
      },
      {
        id: 'p-1-2',
        cells: [
          { locale: 'zh', html: '二' },
          { locale: 'en', html: 'Two <a href="/en/">link</a>' },
        ],
      },
    ]);
  });

  it('names the language and paragraph that are missing', () => {
    expect(() => alignParagraphs(['p-1-3'], [{ locale: 'en', paragraphs: en }])).toThrow('The en text has no paragraph "p-1-3"');
  });
});
