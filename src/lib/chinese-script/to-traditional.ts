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

// Interface words s2twp leaves in mainland form (the workshop room's strings).
const taiwanInterfaceWords = CustomConverter([
  ['攝像頭', '相機'],
  ['賬號', '帳號'],
]);

/**
 * Converts one of the site's own UI strings (never the author's text) to Traditional as Taiwan writes software:
 * `s2twp` vocabulary (搜索 → 搜尋, 链接 → 連結) and corner quotes (“是” → 「是」). Hand corrections come on top.
 * @example toTraditionalInterface('复制链接') // '複製連結'
 */
export function toTraditionalInterface(text: string): string {
  const convert = getConverter('twp');
  return text.replace(nonAsciiRun, (run) => taiwanInterfaceWords(taiwanQuotes(convert(run))));
}
