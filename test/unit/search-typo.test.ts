import { describe, expect, it } from 'vitest';
import { correctLatinWord, getCorrections, getEditDistance, getHanCandidates, getMaxDistance } from '../../src/lib/search/typo.ts';

const vocabulary = ['customer', 'customers', 'segmentation', 'assets', 'marketing', 'risk', '客户', '细分', '资产', '营销策略'];

describe('typo correction', () => {
  it('allows more edits in longer words, none in the shortest', () => {
    expect([getMaxDistance('the'), getMaxDistance('risk'), getMaxDistance('assets'), getMaxDistance('segmantation')]).toEqual([0, 1, 1, 2]);
  });

  it('counts a swap of neighbours as one edit, and stops above the limit', () => {
    expect(getEditDistance('segmantation', 'segmentation', 2)).toBe(1);
    expect(getEditDistance('rsik', 'risk', 1)).toBe(1);
    expect(getEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it("corrects a mistyped word to the index's nearest word, and leaves known words and prefixes alone", () => {
    expect(correctLatinWord('segmantation', vocabulary)).toBe('segmentation');
    expect(correctLatinWord('Custmer', vocabulary)).toBe('customer');
    expect(correctLatinWord('segm', vocabulary)).toBe('segm');
    expect(correctLatinWord('xylophone', vocabulary)).toBe('xylophone');
    expect(correctLatinWord('rsik', vocabulary)).toBe('risk');
  });

  it('tries commonly confused characters, then words of the index that differ by one character', () => {
    expect(getHanCandidates('客户细份', vocabulary)).toContain('客户细分');
    expect(getHanCandidates('营销策咯', vocabulary)[0]).toBe('营销策略');
    expect(getHanCandidates('风筝', vocabulary)).not.toContain('风筝');
  });

  it('corrects the Latin words of a mixed query together, and each Han run on its own', () => {
    expect(getCorrections('segmantation 资彦', vocabulary)).toEqual(expect.arrayContaining(['segmentation 资彦', 'segmentation 资产']));
    expect(getCorrections('segmentation', vocabulary)).toEqual([]);
  });
});
