import { describe, expect, it } from 'vitest';
import { toShortAddress } from '../../src/lib/workshop/short-address.ts';

describe('toShortAddress', () => {
  it.each([
    ['https://kb.example.org/en/self-check/', 'kb.example.org/en/self-check/'],
    ['https://www.kb.example.org/kb/zh/self-check/', 'kb.example.org/kb/zh/self-check/'],
    ['http://localhost:4321/en/self-check/', 'localhost:4321/en/self-check/'],
    ['https://wwwx.example.org/en/', 'wwwx.example.org/en/'],
    ['https://例子.中国/en/', 'xn--fsqu00a.xn--fiqs8s/en/'],
  ])('%s → %s', (url, expected) => {
    expect(toShortAddress(url)).toBe(expected);
  });

  it('throws on what is not an absolute URL, as new URL does', () => {
    expect(() => toShortAddress('/en/self-check/')).toThrow();
  });
});
