import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildScriptMaps } from '../../src/lib/chinese-script/fold-map.ts';
import { foldToSimplified, packScriptMaps, toTraditionalText, unpackScriptMaps } from '../../src/lib/chinese-script/script-map.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';
import { toTraditionalSource } from '../../src/lib/chinese-script/convert-content.ts';
import zh from '../../src/i18n/zh.json';

// The article in Traditional characters: its conversion and the search's folding map over its own words
// (the mechanics are unit-tested on invented texts: test/unit/chinese-script-*.test.ts).

const zhContentDir = new URL('../../content/zh/', import.meta.url).pathname;

/** What the site shows in Chinese: every content source and every UI string. */
function readSiteTexts(): string[] {
  const sources = readdirSync(zhContentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(zhContentDir, name), 'utf8'));
  return [...sources, ...Object.values(zh)];
}

describe('the article converted to Traditional characters', () => {
  it('converts every file of the Chinese content without losing an id or key', () => {
    const names = readdirSync(zhContentDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const text = readFileSync(join(zhContentDir, name), 'utf8');
      expect(() => toTraditionalSource(text, { from: 'zh', to: 'zh-hant', file: `content/zh/${name}` }), name).not.toThrow();
    }
  });
});

describe('the search’s folding map over the article’s words', () => {
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

  it('ships packed, in at most 2 KB gzip, and unpacks to the same maps', () => {
    const packed = packScriptMaps(maps);
    expect(unpackScriptMaps(packed)).toEqual(maps);
    expect(gzipSync(JSON.stringify(packed)).length).toBeLessThanOrEqual(2 * 1024);
  });
});
