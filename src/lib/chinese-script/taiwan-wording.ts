/** A word that must not appear in the site's own Traditional text (questions, definitions, interface), with Taiwan's word. */
export interface MainlandWord {
  word: string;
  taiwan: string;
  /** Why, where the word alone does not say it. */
  why?: string;
}

// Mainland words that character conversion (and even OpenCC's Taiwan vocabulary, `twp`) leaves in our text, or brings in
// (发布 → 釋出). The author's text is exempt: it keeps his words, converted character by character.
export const mainlandWords: readonly MainlandWord[] = [
  { word: '釋出', taiwan: '發表', why: '釋出 is a software release; an article is 發表' },
  { word: '二維碼', taiwan: 'QR Code' },
  { word: '掃碼', taiwan: '掃描QR Code' },
  { word: '博客', taiwan: '部落格' },
  { word: '群聊', taiwan: '群組', why: 'a chat group' },
  { word: '項目', taiwan: '專案', why: 'where a project is meant' },
  { word: '條結果', taiwan: '筆結果', why: 'results are counted with 筆' },
  { word: '省流量', taiwan: '數據節省', why: "phones' 數據節省模式" },
  { word: '攝像頭', taiwan: '相機', why: 'or 攝影機' },
  { word: '賬號', taiwan: '帳號' },
  { word: '視頻', taiwan: '影片' },
  { word: '默認', taiwan: '預設' },
  { word: '粘貼', taiwan: '貼上' },
  { word: '演示模式', taiwan: '簡報模式', why: 'a presenter view on a projector' },
];

/** A mainland word found in a text: the entry and where it starts. */
export interface MainlandWordMatch extends MainlandWord {
  index: number;
}

/**
 * Finds the listed mainland words in a Traditional text, in order of position.
 * @example findMainlandWords('掃碼線上閱讀') // [{ word: '掃碼', taiwan: '掃描QR Code', index: 0, … }]
 */
export function findMainlandWords(text: string): MainlandWordMatch[] {
  return mainlandWords
    .flatMap((entry) => [...text.matchAll(new RegExp(entry.word, 'g'))].map((match) => ({ ...entry, index: match.index })))
    .sort((a, b) => a.index - b.index);
}

/**
 * The message for each mainland word in one of our Traditional texts: where (`content/zh/…: q-7-2`), the word and Taiwan's.
 * @example describeMainlandWords('content/zh/x.mdx: q-7-2', '細分項目') // ['content/zh/x.mdx: q-7-2: its Traditional text "細分項目" has 項目, which Taiwan writes 專案 (where a project is meant)']
 */
export function describeMainlandWords(where: string, text: string): string[] {
  return findMainlandWords(text).map(
    ({ word, taiwan, why }) => `${where}: its Traditional text "${text}" has ${word}, which Taiwan writes ${taiwan}${why ? ` (${why})` : ''}`,
  );
}
