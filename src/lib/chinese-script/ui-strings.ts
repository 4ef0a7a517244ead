import { toTraditionalInterface } from './to-traditional.ts';

/** A hand correction of one converted UI string: the zh value it was written against, the result, and why. */
export interface UiCorrection {
  from: string;
  value: string;
  reason: string;
}

/** A UI string only the Traditional variant has so far, with why. */
export interface UiAddition {
  value: string;
  reason: string;
}

const keyword = 'Taiwan says 關鍵字 (OpenCC keeps the mainland 關鍵詞).';
const twoScripts = 'It lists 简体 and 繁體 side by side: each must say which it is.';

/** Where automatic conversion of zh.json is wrong for zh-hant. Each `from` must stay equal to zh.json's value. */
export const uiCorrections: Record<string, UiCorrection> = {
  'topic.data': { from: '数据', value: '數據', reason: "A topic names the article's own term (数据 → 數據); s2twp's 資料 is a word the article never uses." },
  'copyLink.fallback': { from: '请选中下面的链接并复制', value: '請選取下面的連結並複製', reason: '選中 is mainland usage; Taiwan says 選取.' },
  'search.prompt': { from: '请输入中文或英文关键词，或选择一个主题。', value: '請輸入中文或英文關鍵字，或選擇一個主題。', reason: keyword },
  'search.pageDescription': {
    from: '同时搜索中英文：输入中文或英文关键词，都能找到中文原文和英文译文。',
    value: '同時搜尋中英文：輸入繁體、簡體或英文關鍵字，都能找到中文原文和英文譯文。',
    reason: `${keyword} And on this variant, say that Traditional and Simplified queries both work.`,
  },
  'chooser.link': { from: '阅读简体中文版', value: '閱讀繁體中文版', reason: `The root chooser: ${twoScripts}` },
  'chooser.description': {
    from: '原文，以及本站的英文译文。',
    value: '繁體版（由作者的簡體原文自動轉換），以及本站的英文譯文。',
    reason: "The Traditional text is a conversion, not the author's original.",
  },
  'attribution.translation': {
    from: '中文为作者原文，仅改正了明显的错别字并统一了标点；英文为本站翻译。',
    value: '繁體中文由作者的簡體原文自動轉換（原文僅改正了明顯的錯別字並統一了標點）；英文為本站翻譯。',
    reason: "The Traditional text is a conversion, not the author's original.",
  },
  'notFound.home': { from: '简体中文目录', value: '繁體中文目錄', reason: `The 404 page links to every locale's contents: ${twoScripts}` },
  'language.name': { from: '简体', value: '繁體', reason: "The language switch's label for this variant; conversion would call it 簡體." },
};

/** Keys zh-hant needs that en.json and zh.json lack yet; once they have them, move each to uiCorrections. */
export const uiAdditions: Record<string, UiAddition> = {};

/**
 * Returns the zh-hant UI strings: each zh string converted (Taiwan's UI vocabulary, corner quotes),
 * then the hand corrections and additions. src/i18n/zh-hant.json must equal it (test/unit/chinese-script-ui-strings.test.ts).
 */
export function toTraditionalUiStrings(zh: Readonly<Record<string, string>>): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(zh)) {
    strings[key] = Object.hasOwn(uiCorrections, key) ? (uiCorrections[key]?.value ?? value) : toTraditionalInterface(value);
  }
  for (const [key, { value }] of Object.entries(uiAdditions)) strings[key] = value;
  return strings;
}
