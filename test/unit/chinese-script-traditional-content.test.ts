import { describe, expect, it } from 'vitest';
import { toTraditionalContent } from '../../src/lib/chinese-script/traditional-content.ts';
import { showsAuthorText } from '../../src/lib/chinese-script/author-text.ts';
import { describeMainlandWords, findMainlandWords } from '../../src/lib/chinese-script/taiwan-wording.ts';
import { toTraditionalInterface } from '../../src/lib/chinese-script/to-traditional.ts';

// An invented file: the author's words (title, body) and ours (summary, a question, the source's name).
const source = `---
title: 细分项目的博客
summary: 细分项目的博客
source:
  name: 力点CRM 博客
selfCheck:
  - id: q-1-1
    question: "我们的细分项目有“目标”吗？"
---

作者的细分项目写在博客上，说“细分”。
`;

describe('toTraditionalContent', () => {
  const converted = toTraditionalContent(source);

  it('converts the author’s words character by character: title and body keep 項目 and 博客', () => {
    expect(converted).toContain('title: 細分項目的博客');
    expect(converted).toContain('作者的細分項目寫在博客上');
  });

  it('converts our own words as Taiwan writes them: summary, questions, the source’s name', () => {
    expect(converted).toContain('summary: 細分專案的部落格');
    expect(converted).toContain('name: 力點CRM 部落格');
    expect(converted).toContain('question: "我們的細分專案有「目標」嗎？"');
  });

  it('turns “” into 「」 everywhere, the author’s text included (declared)', () => {
    expect(converted).toContain('說「細分」。');
    expect(converted).not.toMatch(/[“”]/);
  });
});

describe('toTraditionalInterface', () => {
  it.each([
    ['发布于', '發表於'],
    ['扫描二维码', '掃描QR Code'],
    ['扫码在线阅读', '掃描QR Code線上閱讀'],
    ['发到群聊里', '發到群組裡'],
    ['共有 3 条结果', '共有 3 筆結果'],
    ['其他应用占用', '其他應用程式佔用'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditionalInterface(simplified)).toBe(traditional);
  });
});

describe('the Taiwan wording list', () => {
  it('finds each listed word with Taiwan’s, in order', () => {
    expect(findMainlandWords('群聊裡的二維碼').map(({ word, taiwan }) => [word, taiwan])).toEqual([
      ['群聊', '群組'],
      ['二維碼', 'QR Code'],
    ]);
    expect(findMainlandWords('掃描QR Code，發表於部落格')).toEqual([]);
  });

  it('says where, what and what to write', () => {
    expect(describeMainlandWords('content/zh/x.mdx: q-7-2', '細分項目')).toEqual([
      'content/zh/x.mdx: q-7-2: its Traditional text "細分項目" has 項目, which Taiwan writes 專案 (where a project is meant)',
    ]);
  });
});

describe('showsAuthorText', () => {
  it.each([
    ['/zh-hant/', true],
    ['/zh-hant/mistakes/segmenting-by-assets/', true],
    ['/zh-hant/article/', true],
    ['/zh-hant/parallel/segmenting-by-assets/', true],
    ['/zh-hant/search/?q=資產', true],
    ['/zh-hant/glossary/', false],
    ['/zh-hant/glossary/#assets', false],
    ['/zh-hant/self-check/', false],
    ['/zh-hant/workshop/', false],
    ['/', false],
  ])('%s → %s', (path, expected) => {
    expect(showsAuthorText(path)).toBe(expected);
  });
});
