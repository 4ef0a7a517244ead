import { describe, expect, it } from 'vitest';
import { toTraditionalSource, toVariantLinks, toVariantSource } from '../../src/lib/chinese-script/convert-content.ts';

const file = 'content/zh/mistakes/invented.mdx';
const options = { from: 'zh', to: 'zh-hant', file };

const source = `---
number: 3
slug: segmenting-by-assets
title: 按资产进行客户细分
topics: [assets, marketing]
paragraphs: [p-3-1, p-3-2]
selfCheck:
  - id: q-3-1
    question: "我们会把高资产客户挑出来。"
    riskyAnswer: yes
    paragraph: p-3-1
---

这也是在营销中经常犯的错误,见[问题2](/zh/mistakes/segmenting-by-product-type/#p-2-1)。

<a href="/zh/">目录</a>与[English](/en/mistakes/segmenting-by-assets/)和[外部](https://example.org/zh/)。
`;

const nonAscii = /[^\p{ASCII}]/gu;

describe('toTraditionalSource', () => {
  const converted = toTraditionalSource(source, options);

  it('converts front matter values and body', () => {
    expect(converted).toContain('title: 按資產進行客戶細分');
    expect(converted).toContain('question: "我們會把高資產客戶挑出來。"');
    expect(converted).toContain('這也是在營銷中經常犯的錯誤');
  });

  it('points internal links of the source locale to the variant, and no others', () => {
    expect(converted).toContain('[問題2](/zh-hant/mistakes/segmenting-by-product-type/#p-2-1)');
    expect(converted).toContain('<a href="/zh-hant/">目錄</a>');
    expect(converted).toContain('(/en/mistakes/segmenting-by-assets/)');
    expect(converted).toContain('(https://example.org/zh/)');
  });

  it('keeps every ASCII character apart from the rewritten links', () => {
    const skeleton = (text: string) => text.replace(nonAscii, '');
    expect(skeleton(converted)).toBe(skeleton(toVariantLinks(source, 'zh', 'zh-hant')));
  });
});

describe('toVariantSource stops on a conversion that breaks the structure', () => {
  it.each([
    [
      'loses a paragraph id',
      (text: string) => text.replace(', p-3-2]', ']'),
      `${file}: converting to zh-hant changed its paragraph or question ids: lost p-3-2`,
    ],
    [
      'changes a question id',
      (text: string) => text.replace('q-3-1', 'q-3-9'),
      `${file}: converting to zh-hant changed its paragraph or question ids: lost q-3-1; gained q-3-9`,
    ],
    [
      'reorders paragraph ids',
      (text: string) => text.replace('[p-3-1, p-3-2]', '[p-3-2, p-3-1]'),
      `${file}: converting to zh-hant changed its paragraph or question ids: reordered`,
    ],
    [
      'renames a front matter key',
      (text: string) => text.replace('riskyAnswer:', 'riskyanswer:'),
      `${file}: converting to zh-hant changed its front matter keys: lost selfCheck.0.riskyAnswer; gained selfCheck.0.riskyanswer`,
    ],
    [
      'merges two paragraphs',
      (text: string) => text.replace('。\n\n<a', '。<a'),
      `${file}: converting to zh-hant changed its markup at line 14: "…,…[…2](/zh-hant/mistakes/segmenting-by-product-type/#p-2-1)…" became "…,…[…2](/zh-hant/mistakes/segmenting-by-product-type/#p-2-1)…<a href="/zh-hant/">…</a>…[English](/en/mistakes/segmenting-by-assets/)…[…](https://example.org/zh/)…"`,
    ],
    [
      'changes a slug',
      (text: string) => text.replace('slug: segmenting-by-assets', 'slug: segmenting-by-asset'),
      `${file}: converting to zh-hant changed its markup at line 3: "slug: segmenting-by-assets" became "slug: segmenting-by-asset"`,
    ],
    [
      'breaks the YAML',
      (text: string) => text.replace('title: ', 'title: [').replace(', marketing]', ', marketing'),
      `${file}: the converted (zh-hant) front matter is not valid YAML`,
    ],
  ])('%s', (_defect, convert, message) => {
    expect(() => toVariantSource(source, { ...options, convert })).toThrow(message);
  });
});
