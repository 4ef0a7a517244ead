import { describe, expect, it } from 'vitest';
import { pickParagraphAt } from '../../src/islands/language-switch/keep-place.ts';

const at = (id: string, top: number, bottom: number) => ({ id, top, bottom });

describe('the paragraph the language switch keeps', () => {
  it('is the paragraph the reading line crosses', () => {
    expect(pickParagraphAt([at('p-1', -400, 100), at('p-2', 120, 600)], 150)).toBe('p-2');
    expect(pickParagraphAt([at('p-1', -400, 200), at('p-2', 220, 600)], 150)).toBe('p-1');
  });

  it('is the last one above the line when none crosses it: a short last paragraph read just under the header', () => {
    expect(pickParagraphAt([at('p-1', -600, -40), at('p-2', 70, 110)], 150)).toBe('p-2');
  });

  it('is the one above when the line falls in the gap between two paragraphs', () => {
    expect(pickParagraphAt([at('p-1', -200, 140), at('p-2', 160, 500)], 150)).toBe('p-1');
  });

  it('is none when every paragraph is still below the line', () => {
    expect(pickParagraphAt([at('p-1', 300, 500)], 150)).toBeUndefined();
  });
});
