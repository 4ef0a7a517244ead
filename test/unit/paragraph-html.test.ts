import { describe, expect, it } from 'vitest';
import { alignParagraphs, splitParagraphs } from '../../src/lib/paragraph-html.ts';

const rendered = [
  '<p id="p-3-1" data-paragraph>One <a href="/en/">link</a>.<a class="permalink" href="#p-3-1" aria-label="Link to this paragraph" data-pagefind-ignore>¶</a></p>',
  '<p>An unanchored paragraph.</p>',
  '<p id="p-3-2" data-paragraph="">Two\nlines.</p>',
].join('\n');

describe('splitParagraphs', () => {
  it('returns the anchored paragraphs in order, with their inner HTML', () => {
    expect(splitParagraphs(rendered)).toEqual([
      { id: 'p-3-1', html: 'One <a href="/en/">link</a>.<a class="permalink" href="#p-3-1" aria-label="Link to this paragraph" data-pagefind-ignore>¶</a>' },
      { id: 'p-3-2', html: 'Two\nlines.' },
    ]);
  });

  it('returns nothing for content without anchored paragraphs', () => {
    expect(splitParagraphs('<p>Plain.</p>')).toEqual([]);
  });
});

describe('alignParagraphs', () => {
  const en = [
    { id: 'p-1-1', html: 'One' },
    { id: 'p-1-2', html: 'Two' },
  ];
  const zh = [
    { id: 'p-1-2', html: '二' },
    { id: 'p-1-1', html: '一' },
  ];

  it('pairs paragraphs by id in the listed order, languages in the order given', () => {
    expect(
      alignParagraphs(['p-1-1', 'p-1-2'], [
        { locale: 'zh', paragraphs: zh },
        { locale: 'en', paragraphs: en },
      ]),
    ).toEqual([
      { id: 'p-1-1', cells: [{ locale: 'zh', html: '一' }, { locale: 'en', html: 'One' }] },
      { id: 'p-1-2', cells: [{ locale: 'zh', html: '二' }, { locale: 'en', html: 'Two' }] },
    ]);
  });

  it('names the language and paragraph that are missing', () => {
    expect(() => alignParagraphs(['p-1-3'], [{ locale: 'en', paragraphs: en }])).toThrow('The en text has no paragraph "p-1-3"');
  });
});
