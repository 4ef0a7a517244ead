/** A word that must not appear in the site's own Traditional text (questions, definitions, interface), with Taiwan's word. */
export interface MainlandWord {
  word: string;
  taiwan: string;
  why: string;
}

// Mainland words that character conversion (and even OpenCC's Taiwan vocabulary, `twp`) leaves in our text, or brings in
// (发布 → 釋出). The author's text is exempt: it keeps his words, converted character by character.
export const mainlandWords: readonly MainlandWord[] = [
  { word: '釋出', taiwan: '發表', why: '釋出 is a software release; an article is 發表' },
  { word: '二維碼', taiwan: 'QR Code', why: 'Taiwan says QR Code' },
  { word: '掃碼', taiwan: '掃描QR Code', why: 'Taiwan says 掃描QR Code' },
  { word: '博客', taiwan: '部落格', why: 'Taiwan says 部落格' },
  { word: '群聊', taiwan: '群組', why: 'Taiwan says 群組 (a chat group)' },
  { word: '項目', taiwan: '專案', why: 'a project is a 專案 in Taiwan' },
  { word: '條結果', taiwan: '筆結果', why: 'Taiwan counts results with 筆' },
  { word: '省流量', taiwan: '數據節省', why: "Taiwan's phones call it 數據節省模式" },
  { word: '攝像頭', taiwan: '相機', why: 'Taiwan says 相機 (or 攝影機)' },
  { word: '賬號', taiwan: '帳號', why: 'Taiwan writes 帳號' },
  { word: '視頻', taiwan: '影片', why: 'Taiwan says 影片' },
  { word: '默認', taiwan: '預設', why: 'Taiwan says 預設' },
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
 * @example describeMainlandWords('content/zh/x.mdx: q-7-2', '細分項目') // ['content/zh/x.mdx: q-7-2: its Traditional text has 項目 (a project is a 專案 in Taiwan: write 專案) in "細分項目"']
 */
export function describeMainlandWords(where: string, text: string): string[] {
  return findMainlandWords(text).map(({ word, taiwan, why }) => `${where}: its Traditional text has ${word} (${why}: write ${taiwan}) in "${text}"`);
}
