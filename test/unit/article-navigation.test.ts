import { describe, expect, it } from 'vitest';
import { getNeighbours } from '../../src/lib/article-navigation.ts';

const mistakes = [
  { number: 2, slug: 'b', title: 'B', related: ['c'] },
  { number: 1, slug: 'a', title: 'A', related: ['c', 'b'] },
  { number: 3, slug: 'c', title: 'C', related: ['a'] },
];

describe('getNeighbours', () => {
  it('orders by number, not by input order', () => {
    const { previous, next } = getNeighbours(mistakes, 'b');
    expect(previous?.slug).toBe('a');
    expect(next?.slug).toBe('c');
  });

  it('has no previous for the first and no next for the last', () => {
    expect(getNeighbours(mistakes, 'a').previous).toBeUndefined();
    expect(getNeighbours(mistakes, 'c').next).toBeUndefined();
  });

  it('keeps the related order of the content', () => {
    expect(getNeighbours(mistakes, 'a').related.map((m) => m.slug)).toEqual(['c', 'b']);
  });

  it('throws for an unknown slug', () => {
    expect(() => getNeighbours(mistakes, 'zz')).toThrow('No mistake has the slug "zz"');
  });
});
