import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';

describe('toTraditional', () => {
  it.each([
    ['营销', '營銷'],
    ['客户', '客戶'],
    ['资产', '資產'],
    ['客户细分', '客戶細分'],
    ['售后服务', '售後服務'],
    // Character conversion only: Taiwanese vocabulary would turn these into 資訊 and 軟體.
    ['信息', '信息'],
    ['软件', '軟件'],
    ['数据', '數據'],
    // One Simplified character, several Traditional ones: the word decides.
    ['发布', '發佈'],
    ['头发', '頭髮'],
    ['发现', '發現'],
    ['后来', '後來'],
    ['皇后', '皇后'],
    ['面对', '面對'],
    ['面条', '麵條'],
    // Taiwan-standard variants, not OpenCC's own standard (爲, 裏).
    ['因为', '因為'],
    ['那里', '那裡'],
    ['带着', '帶著'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it('leaves ASCII alone: placeholders, links, ids and half-width punctuation', () => {
    const text = '“{{query}}”共有 {{count}} 条结果,见[问题3](/zh/mistakes/segmenting-by-assets/#p-3-2)';
    expect(toTraditional(text)).toBe('“{{query}}”共有 {{count}} 條結果,見[問題3](/zh/mistakes/segmenting-by-assets/#p-3-2)');
  });

  it('leaves Traditional text as it is', () => {
    expect(toTraditional('客戶細分常犯的錯誤')).toBe('客戶細分常犯的錯誤');
  });
});
