import { describe, expect, it } from 'vitest';
import { buildScriptMaps } from '../../src/lib/chinese-script/fold-map.ts';
import { foldToSimplified, packScriptMaps, toTraditionalHtml, toTraditionalText, unpackScriptMaps } from '../../src/lib/chinese-script/script-map.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';

describe('buildScriptMaps on invented texts', () => {
  const texts = ['我们发现他剪了头发,后来又发现了。', '皇后的面条', '面对客户,了解客户', '乾隆年间的干部'];
  const maps = buildScriptMaps(texts);

  it('converts each text as OpenCC does, words with one-to-many characters included', () => {
    for (const text of texts) expect(toTraditionalText(text, maps), text).toBe(toTraditional(text));
  });

  it('keeps only the characters the texts use', () => {
    expect(maps.toTraditional['发']).toBe('發');
    expect(maps.toTraditional).not.toHaveProperty('软');
    expect(maps.toSimplified).not.toHaveProperty('軟');
  });

  it('learns words, not fragments, for the exceptions', () => {
    expect(maps.phrases).toMatchObject({ 头发: '頭髮' });
    for (const [phrase, target] of Object.entries(maps.phrases)) expect(toTraditional(phrase)).toBe(target);
  });

  it.each([
    ['發現', '发现'],
    ['剪頭髮', '剪头发'],
    ['軟體', '軟體'], // not in the texts: stays as typed
    ['後來', '后来'],
    ['皇后', '皇后'],
    ['麵條', '面条'],
    ['瞭解', '了解'],
    ['幹部', '干部'],
    ['乾隆', '乾隆'], // the texts use 乾 as it is: folding it to 干 would lose those matches
    ['發现', '发现'], // mixed scripts
    ['发现', '发现'],
    ['hello 發現', 'hello 发现'],
  ])('folds %s to %s', (query, folded) => {
    expect(foldToSimplified(query, maps)).toBe(folded);
  });
});

describe('toTraditionalHtml', () => {
  const maps = buildScriptMaps(['复制链接', '复制', '反复推荐']);

  it.each([
    ['反复推荐', '反覆推薦'],
    ['反<mark>复</mark>推荐', '反<mark>覆</mark>推薦'],
    ['<mark>复制</mark>链接 &amp; 反复', '<mark>複製</mark>鏈接 &amp; 反覆'],
    ['<a href="/zh/复">复</a>', '<a href="/zh/复">複</a>'],
  ])('%s → %s', (html, converted) => {
    expect(toTraditionalHtml(html, maps)).toBe(converted);
  });
});

describe('script maps packed for the browser', () => {
  it.each([
    ['invented texts', ['我们发现他剪了头发,后来又发现了。', '皇后的面条', '面对客户,了解客户', '乾隆年间的干部', '复制链接', '反复推荐']],
    ['one-to-many characters only', ['头发', '发现', '面条', '面对']],
    ['no Chinese', ['hello']],
  ])('unpack gives back the maps built from %s', (_, texts) => {
    const maps = buildScriptMaps(texts);
    expect(unpackScriptMaps(packScriptMaps(maps))).toEqual(maps);
  });

  it('is smaller than the maps as JSON, toTraditional kept only where its inverse would differ', () => {
    const maps = buildScriptMaps(['我们发现他剪了头发,后来又发现了。', '客户细分', '面对客户,了解客户']);
    const packed = packScriptMaps(maps);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(maps).length / 2);
    expect(Array.from(packed.toTraditionalExceptions).length).toBeLessThan(Object.keys(maps.toTraditional).length * 2);
  });

  it('carries a hand-written map of single characters and a phrase', () => {
    const maps = { toSimplified: { 戶: '户' }, toTraditional: { 户: '戶' }, phrases: { 头发: '頭髮' } };
    expect(unpackScriptMaps(packScriptMaps(maps))).toEqual(maps);
  });
});
