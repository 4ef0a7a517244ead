import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json';
import { findHalfWidthPunctuation, normalizeChinesePunctuation } from '../../src/lib/chinese-punctuation.ts';

describe('normalizeChinesePunctuation', () => {
  it.each([
    ['comma and full stop between Chinese', '客户细分是问题,企业', '客户细分是问题，企业'],
    ['colon after a heading word', '问题1:只是为了细分', '问题1：只是为了细分'],
    ['semicolon, exclamation and question marks', '不是;是!对吗?', '不是；是！对吗？'],
    ['parentheses as a pair around Chinese', '史雁军(迪铭客户管理研究院专家)2010年', '史雁军（迪铭客户管理研究院专家）2010年'],
    ['a pair that touches Chinese on one side only', '客户关系管理(CRM)', '客户关系管理（CRM）'],
    ['a pair whose inside starts with Chinese', '问题{{number}}(共{{total}}个)', '问题{{number}}（共{{total}}个）'],
    ['nested pairs', '甲(乙(x)丙)', '甲（乙（x）丙）'],
    ['an unmatched parenthesis touching Chinese', '甲)乙', '甲）乙'],
    ['a colon before a placeholder', '在线阅读:{{url}}', '在线阅读：{{url}}'],
    ['a Han character outside the BMP', '𠀀,𠀀', '𠀀，𠀀'],
    ['a mark next to a pair that became full-width', '史雁军(专家),CRM', '史雁军（专家），CRM'],
  ])('%s', (_case, text, expected) => {
    expect(normalizeChinesePunctuation(text)).toBe(expected);
  });

  it.each([
    ['an English sentence', 'Hello, world: (really)!'],
    ['a URL after Chinese and a space', '来源 http://www.lidiansoft.com/blog/post/986.html'],
    ['ASCII runs between Chinese words', '用 CRM, 以及 URL: 系统'],
    ['punctuation inside a placeholder', '{{date, datetime}}日'],
    ['already full-width text', '作者：史雁军，专家（研究院）'],
    ['a pair around ASCII with spaces around it', '搜索 (press /) 键'],
  ])('leaves %s alone', (_case, text) => {
    expect(normalizeChinesePunctuation(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = normalizeChinesePunctuation('甲,乙(丙):丁');
    expect(normalizeChinesePunctuation(once)).toBe(once);
  });
});

describe('findHalfWidthPunctuation', () => {
  it('returns an excerpt around each half-width mark touching Chinese', () => {
    expect(findHalfWidthPunctuation('作者:史雁军(专家) CRM, ok')).toEqual(['作者:史雁军', '史雁军(专家)', '(专家) CR']);
  });

  it('finds nothing in text that follows the rule', () => {
    expect(findHalfWidthPunctuation(normalizeChinesePunctuation('作者:史雁军(专家),CRM: ok'))).toEqual([]);
  });
});

describe('Chinese typography of the zh interface', () => {
  it('src/i18n/zh.json: no half-width , : ; ( ) ! ? next to a Chinese character', () => {
    const offending = Object.entries(zh).flatMap(([key, text]) => findHalfWidthPunctuation(text).map((excerpt) => `src/i18n/zh.json: ${key}: "${excerpt}"`));
    expect(offending).toEqual([]);
  });
});
