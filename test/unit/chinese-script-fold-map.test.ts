import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildScriptMaps } from '../../src/lib/chinese-script/fold-map.ts';
import { foldToSimplified, toTraditionalHtml, toTraditionalText } from '../../src/lib/chinese-script/script-map.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';
import zh from '../../src/i18n/zh.json';

/** What the site shows in Chinese: every content source and every UI string. */
function readSiteTexts(): string[] {
  const dir = new URL('../../content/zh/', import.meta.url).pathname;
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  return [...sources, ...Object.values(zh)];
}

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

describe('buildScriptMaps on the site', () => {
  const texts = readSiteTexts();
  const maps = buildScriptMaps(texts);

  it('reproduces the build-time conversion of every text', () => {
    for (const text of texts) expect(toTraditionalText(text, maps)).toBe(toTraditional(text));
  });

  it.each([
    ['客戶細分', '客户细分'],
    ['產品類型', '产品类型'],
    ['營銷', '营销'],
    ['資產', '资产'],
    ['風險偏好', '风险偏好'],
    ['客戶價值', '客户价值'],
    ['售後服務', '售后服务'],
    ['購買動機', '购买动机'],
    ['客戶行為', '客户行为'],
    ['支付能力', '支付能力'],
    ['頻繁推薦', '频繁推荐'],
    ['一次性細分', '一次性细分'],
    ['葡萄酒', '葡萄酒'],
    ['放在那裏', '放在那里'], // Hong Kong's 裏 as well as Taiwan's 裡
  ])('a reader typing %s searches for %s', (query, folded) => {
    expect(foldToSimplified(query, maps)).toBe(folded);
  });

  it('ships in at most 5 KB gzip', () => {
    expect(gzipSync(JSON.stringify(maps)).length).toBeLessThanOrEqual(5 * 1024);
  });
});
