import { describe, expect, it } from 'vitest';
import { splitExcerpt } from '../../src/lib/search/excerpt.ts';

describe('splitExcerpt', () => {
  it('splits marked and plain text', () => {
    expect(splitExcerpt('a <mark>wine</mark> region')).toEqual([
      { text: 'a ', marked: false },
      { text: 'wine', marked: true },
      { text: ' region', marked: false },
    ]);
  });

  it('keeps any other markup as text', () => {
    expect(splitExcerpt('&lt;script&gt;x <img src=x>')).toEqual([{ text: '<script>x <img src=x>', marked: false }]);
  });
});
