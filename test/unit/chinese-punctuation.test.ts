import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json';
import { findHalfWidthPunctuation, normalizeChinesePunctuation } from '../../src/lib/chinese-punctuation.ts';

const root = new URL('../../', import.meta.url).pathname;

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

/** Every string in a parsed YAML value, with its dotted path (`selfCheck.0.question`). */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, path ? `${path}.${index}` : String(index)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

function zhContentFiles(): string[] {
  const dir = join(root, 'content/zh');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/zh/${name}`)
    .sort();
}

/** Each front matter string and the body of a content file, as `[where, text]`. */
function textsOf(file: string): [string, string][] {
  const [, yaml = '', ...body] = readFileSync(join(root, file), 'utf8').split(/^---$/m);
  return [...stringsOf(load(yaml)).map(([key, text]): [string, string] => [`${file}: ${key}`, text]), [`${file}: body`, body.join('---')]];
}

describe('Chinese typography of the zh pages', () => {
  it('finds the zh content files', () => {
    expect(zhContentFiles()).toContain('content/zh/introduction.mdx');
    expect(zhContentFiles().length).toBeGreaterThan(1);
  });

  it.each(zhContentFiles())('%s: no half-width , : ; ( ) ! ? next to a Chinese character', (file) => {
    const offending = textsOf(file).flatMap(([where, text]) => findHalfWidthPunctuation(text).map((excerpt) => `${where}: "${excerpt}"`));
    expect(offending).toEqual([]);
  });

  it('src/i18n/zh.json: no half-width , : ; ( ) ! ? next to a Chinese character', () => {
    const offending = Object.entries(zh).flatMap(([key, text]) => findHalfWidthPunctuation(text).map((excerpt) => `src/i18n/zh.json: ${key}: "${excerpt}"`));
    expect(offending).toEqual([]);
  });
});
