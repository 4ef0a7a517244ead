import { describe, expect, it } from 'vitest';
import { describeRevision, diffText, formatDiff } from '../../src/lib/translation/diff.ts';
import { fingerprint, normaliseSource } from '../../src/lib/translation/fingerprint.ts';

describe('fingerprint', () => {
  it('is 12 hex digits, the same for the same text', () => {
    expect(fingerprint('客户细分')).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint('客户细分')).toBe(fingerprint('客户细分'));
  });

  it.each([
    ['a line break inside the paragraph', '客户细分\n很重要', '客户细分 很重要'],
    ['white space around it', '  客户细分。\n', '客户细分。'],
    ['a half-width mark made full-width by the punctuation rule', '客户细分,很重要', '客户细分，很重要'],
  ])('ignores %s', (_case, a, b) => {
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it.each([
    ['one character', '也以算是', '也可以算是'],
    ['a full stop', '客户细分', '客户细分。'],
  ])('changes with %s', (_case, a, b) => {
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it('normalises as it hashes', () => {
    expect(normaliseSource(' 客户细分，\n  很重要 ')).toBe('客户细分, 很重要');
  });
});

describe('diffText', () => {
  it.each([
    ['an insertion', '也以算是', '也可以算是', '也{+可+}以算是'],
    ['a replacement', '面对于结果双过于激进', '面对于结果又过于激进', '面对于结果[-双-]{+又+}过于激进'],
    ['a deletion', '换一句话话说', '换一句话说', '换一句话[-话-]说'],
    ['no change', '客户', '客户', '客户'],
    ['everything new', '', '新段落', '{+新段落+}'],
  ])('shows %s', (_case, before, after, expected) => {
    expect(formatDiff(diffText(before, after))).toBe(expected);
  });

  it('keeps both texts: the unchanged parts and the removed ones give the old, with the added ones the new', () => {
    const parts = diffText('客户细分真正见效的企业却很少', '进行客户细分的企业很多，见效的却很少');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('客户细分真正见效的企业却很少');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('进行客户细分的企业很多，见效的却很少');
  });

  it('shortens long unchanged text around a change to 20 characters each side', () => {
    const same = '港口为每一条船保存潮汐记录它什么时候进港等水位等了多久是赶第一次潮水离港还是第三次';
    const shown = describeRevision(`${same}。`, `${same}！`);
    expect(shown).toBe(`…${[...same].slice(-20).join('')}[-。-]{+！+}`);
  });
});
