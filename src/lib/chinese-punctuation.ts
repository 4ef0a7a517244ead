// One typographic rule for Chinese text: half-width `, : ; ( ) ! ?` next to a Chinese character become
// their full-width forms. Text elsewhere (ASCII runs such as "CRM", URLs, i18next placeholders) is left alone.

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const isHalfWidthMark = (character: string) => Object.hasOwn(fullWidth, character);

// Han characters, CJK symbols and punctuation (、。「」…), and full-width forms (，：（）…).
const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

// i18next placeholders (`{{count}}`, `{{date, datetime}}`) are code, not text: never rewritten.
const placeholder = /{{[^{}]*}}/g;

/** Returns true when a single character is Chinese: a Han character or CJK / full-width punctuation. */
export function isChineseCharacter(character: string | undefined): boolean {
  return character !== undefined && chinese.test(character);
}

/** Returns, per position, whether it lies inside an i18next placeholder. */
function placeholderMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const match of text.matchAll(placeholder)) mask.fill(true, match.index, match.index + match[0].length);
  return mask;
}

/** Returns the positions of matched `(` `)` pairs, and those of unmatched parentheses, outside placeholders. */
function pairParentheses(text: string, inPlaceholder: boolean[]): { pairs: [number, number][]; unmatched: number[] } {
  const open: number[] = [];
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (inPlaceholder[i]) continue;
    if (text[i] === '(') open.push(i);
    if (text[i] === ')') {
      const start = open.pop();
      if (start === undefined) unmatched.push(i);
      else pairs.push([start, i]);
    }
  }
  return { pairs, unmatched: [...unmatched, ...open] };
}

// Positions are UTF-16 indexes; a Han character outside the BMP (CJK extension B…) is two of them.
function characterBefore(text: string, index: number): string | undefined {
  const start = /[\udc00-\udfff]/.test(text.charAt(index - 1)) ? index - 2 : index - 1;
  return start < 0 ? undefined : String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function characterAfter(text: string, index: number): string | undefined {
  const code = text.codePointAt(index + 1);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function touchesChinese(text: string, index: number): boolean {
  return isChineseCharacter(characterBefore(text, index)) || isChineseCharacter(characterAfter(text, index));
}

function normalizeOnce(text: string): string {
  const inPlaceholder = placeholderMask(text);
  const { pairs, unmatched } = pairParentheses(text, inPlaceholder);
  const change = new Set<number>();
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charAt(i);
    if (inPlaceholder[i] || unit === '(' || unit === ')' || !isHalfWidthMark(unit)) continue;
    if (touchesChinese(text, i)) change.add(i);
  }
  for (const [start, end] of pairs) {
    if (touchesChinese(text, start) || touchesChinese(text, end)) change.add(start).add(end);
  }
  for (const index of unmatched) if (touchesChinese(text, index)) change.add(index);
  return text.replace(/[,:;()!?]/g, (unit, index: number) => (change.has(index) ? (fullWidth[unit] ?? unit) : unit));
}

/**
 * Applies the site's one rule for Chinese punctuation: a half-width `, : ; ( ) ! ?` next to a Chinese
 * character becomes `，：；（）！？`. A pair of parentheses changes together when either of them touches
 * a Chinese character, so that `(CRM)系统` does not end up with mixed widths.
 * @example normalizeChinesePunctuation('作者:史雁军(专家),CRM: http://x') // '作者：史雁军（专家），CRM: http://x'
 */
export function normalizeChinesePunctuation(text: string): string {
  // A mark can touch Chinese only once its neighbour has become full-width (`(专家),` → `（专家），`):
  // repeat until nothing changes (each pass only widens marks, so this ends).
  let current = text;
  for (let next = normalizeOnce(current); next !== current; next = normalizeOnce(current)) current = next;
  return current;
}

/** A half-width mark that touches a Chinese character: the mark, its full-width form, and a short excerpt around it. */
export interface HalfWidthMark {
  mark: string;
  fullWidth: string;
  excerpt: string;
}

/**
 * Returns each half-width `, : ; ( ) ! ?` that touches a Chinese character (placeholders aside), with an excerpt around
 * it; an empty list means the text follows the rule.
 * @example findHalfWidthMarks('认为,客户') // [{ mark: ',', fullWidth: '，', excerpt: '认为,客户' }]
 */
export function findHalfWidthMarks(text: string): HalfWidthMark[] {
  const inPlaceholder = placeholderMask(text);
  const found: HalfWidthMark[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const mark = text.charAt(i);
    if (inPlaceholder[i] || !isHalfWidthMark(mark) || !touchesChinese(text, i)) continue;
    found.push({ mark, fullWidth: fullWidth[mark] ?? mark, excerpt: text.slice(Math.max(0, i - 3), i + 4) });
  }
  return found;
}

/**
 * Returns each half-width `, : ; ( ) ! ?` that touches a Chinese character (placeholders aside),
 * as a short excerpt around it, e.g. `史雁军(迪铭`; an empty list means the text follows the rule.
 */
export function findHalfWidthPunctuation(text: string): string[] {
  return findHalfWidthMarks(text).map((found) => found.excerpt);
}
