import { describe, expect, it } from 'vitest';
import { assembleFixture, readContentTree } from '../support/content-fixtures.ts';
import { findChineseWordingProblems } from '../../src/lib/content-rules/chinese-wording.ts';
import type { GlossaryTerm } from '../../src/lib/glossary/schema.ts';

// The Chinese wording rules on edits of the valid fixture tree: quotation marks per script, Taiwan's words in our 繁體.
describe('Chinese wording rules', () => {
  const { files } = readContentTree(assembleFixture());
  const edit = (id: string, change: (data: Record<string, unknown>) => Record<string, unknown>) => ({
    ...files,
    mistakes: files.mistakes.map((file) => (file.id === id ? { ...file, data: change(file.data) as typeof file.data } : file)),
  });
  const term = (definition: string): GlossaryTerm => ({
    id: 'invented-term',
    zh: { term: '发明', variants: [], definition, aliases: [] },
    en: { term: 'invention', variants: [], definition: 'Invented.', aliases: [] },
  });

  it('accepts the valid tree', () => {
    expect(findChineseWordingProblems(files, [term('一个“发明”的术语。')])).toEqual([]);
  });

  it('reports a mainland word left in the Traditional form of a question, a summary or a definition, with Taiwan’s word', () => {
    const changed = edit('zh/mistakes/alpha', (data) => ({
      ...data,
      summary: '把结果发到群聊里。',
      selfCheck: (data.selfCheck as { question: string }[]).map((question, index) =>
        index === 0 ? { ...question, question: '我们会扫码登记吗？' } : question,
      ),
    }));
    expect(findChineseWordingProblems(changed, [term('用二维码分享的结果。')])).toEqual([
      'content/zh/mistakes/alpha.mdx: summary: its Traditional text "把結果發到群聊裡。" has 群聊, which Taiwan writes 群組 (a chat group)',
      'content/zh/mistakes/alpha.mdx: q-1-1: its Traditional text "我們會掃碼登記嗎？" has 掃碼, which Taiwan writes 掃描QR Code',
      'content/glossary.yaml: invented-term: zh.definition: its Traditional text "用二維碼分享的結果。" has 二維碼, which Taiwan writes QR Code',
    ]);
  });

  it('reports corner quotes and straight quotes in Simplified text: “” and ‘’ there, 「」 and 『』 only on the 繁體 pages', () => {
    const changed = edit('zh/mistakes/alpha', (data) => ({ ...data, title: '所谓「细分」', summary: '所谓"细分"。' }));
    expect(findChineseWordingProblems(changed, [])).toEqual([
      'content/zh/mistakes/alpha.mdx: title: 「 is Traditional usage: write “” and ‘’ in Simplified text (the 繁體 pages turn them into 「」 and 『』)',
      'content/zh/mistakes/alpha.mdx: summary: a straight " next to Chinese text: write “” or ‘’',
    ]);
  });

  it('leaves the English files and the author’s words to their own rules', () => {
    const changed = edit('en/mistakes/alpha', (data) => ({ ...data, summary: 'Scan the 二维码 「here」.' }));
    expect(findChineseWordingProblems(changed, [])).toEqual([]);
  });
});
