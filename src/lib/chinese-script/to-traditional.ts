import { Converter, CustomConverter } from 'opencc-js';

type Convert = (text: string) => string;

// OpenCC's `s2tw`: Simplified → Traditional with Taiwan-standard character variants (爲 → 為, 裏 → 裡).
// Not `s2twp`, which also swaps in Taiwanese vocabulary (软件 → 軟體, 信息 → 資訊): the author's words stay his.
// Its phrase dictionary still picks the right form of a one-to-many character from its word (头发 → 頭髮, 发现 → 發現).
const converters = new Map<'tw' | 'twp', Convert>();

function getConverter(to: 'tw' | 'twp'): Convert {
  // Building the phrase trie takes a moment and a few MB: only when text is first converted.
  let convert = converters.get(to);
  if (!convert) {
    convert = Converter({ from: 'cn', to });
    converters.set(to, convert);
  }
  return convert;
}

/** Runs of text that contain no ASCII: the only parts conversion may touch. */
const nonAsciiRun = /[^\p{ASCII}]+/gu;

/**
 * Converts Simplified Chinese to Traditional (Taiwan-standard characters, the author's vocabulary kept).
 * ASCII is never touched, so ids, slugs, URLs, markup and `{{placeholders}}` survive as they are.
 * @example toTraditional('客户细分的营销软件') // '客戶細分的營銷軟件'
 */
export function toTraditional(text: string): string {
  const convert = getConverter('tw');
  return text.replace(nonAsciiRun, (run) => convert(run));
}

const taiwanQuotes = CustomConverter([
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
]);

// Mainland words s2twp leaves in our text (the workshop's and the search's strings): Taiwan's word instead.
// src/lib/chinese-script/taiwan-wording.ts lists the words that must not remain; the tests check the built pages for them.
const taiwanOwnWords = CustomConverter([
  ['攝像頭', '相機'],
  ['賬號', '帳號'],
  ['二維碼', 'QR Code'],
  ['掃碼', '掃描QR Code'],
  ['群聊', '群組'],
  ['其他應用', '其他應用程式'],
  ['條結果', '筆結果'],
  ['省流量模式', '數據節省模式'],
  ['釋出於', '發表於'],
  ['粘貼', '貼上'],
  ['演示模式', '簡報模式'],
]);

/**
 * Converts one of the site's own UI strings (never the author's text) to Traditional as Taiwan writes software:
 * `s2twp` vocabulary (搜索 → 搜尋, 链接 → 連結), Taiwan's words for the rest (二维码 → QR Code) and corner quotes
 * (“是” → 「是」). Hand corrections come on top.
 * @example toTraditionalInterface('复制链接') // '複製連結'
 */
export function toTraditionalInterface(text: string): string {
  const convert = getConverter('twp');
  return text.replace(nonAsciiRun, (run) => taiwanOwnWords(toTaiwanQuotes(convert(run))));
}

/**
 * Converts the site's own words in the content (summaries, questions, glossary definitions, the source's name) as a
 * Taiwanese reader writes them: `s2twp` vocabulary (项目 → 專案, 博客 → 部落格) and corner quotes. Not the interface's word
 * table: a listed mainland word that remains is reported by the content rules (content-rules/chinese-wording.ts).
 * @example toTraditionalOwnWords('细分项目') // '細分專案'
 */
export function toTraditionalOwnWords(text: string): string {
  const convert = getConverter('twp');
  return text.replace(nonAsciiRun, (run) => toTaiwanQuotes(convert(run)));
}

/**
 * Taiwan's quotation marks for converted text: “” → 「」 and ‘’ → 『』 (the author's text has none; ours is declared).
 * @example toTaiwanQuotes('“服务意义”') // '「服务意义」'
 */
export function toTaiwanQuotes(text: string): string {
  return taiwanQuotes(text);
}
