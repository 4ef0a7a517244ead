import { describe, expect, it } from 'vitest';
import { findMainlandWords } from '../../src/lib/chinese-script/taiwan-wording.ts';
import { showsAuthorText } from '../../src/lib/chinese-script/author-text.ts';
import { isShortLinkPath, listPages, readPage } from '../support/dist.ts';

// The built 繁體 pages as a Taiwanese reader meets them: the site's own words in Taiwan usage, Taiwan's quotation
// marks, and the conversion notice only where the author's text is. The content rules check the sources
// (test/unit/content-rules-chinese-wording.test.ts); this catches every other way in (UI strings, hand corrections).
// Short links are redirects, not pages a reader reads.
const pages = listPages().filter((page) => page.startsWith('/zh-hant/') && !isShortLinkPath(page));

/** What a page says: its text and attribute values (labels, alt text, the islands' strings), markup and code aside. */
function readWords(page: string): string {
  return readPage(page)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*?((?:"[^"]*"|'[^']*'|[^'">])*)>/g, ' $1 ')
    .replace(/&quot;/g, '"');
}

const around = (text: string, index: number) => text.slice(Math.max(0, index - 8), index + 12).replace(/\s+/g, ' ');

describe('the 繁體 pages', () => {
  it('has pages to check, their words included', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(readWords('/zh-hant/')).toContain('發表於');
  });

  it('use none of the listed mainland words (釋出, 二維碼, 博客, 群聊 …)', () => {
    const offenders = pages.flatMap((page) => {
      const words = readWords(page);
      return findMainlandWords(words).map(({ word, taiwan, index }) => `${page}: ${word} (Taiwan: ${taiwan}) in "${around(words, index)}"`);
    });
    expect(offenders).toEqual([]);
  });

  it('quote Chinese with 「」 and 『』, never “” or ‘’', () => {
    const quote = /[“”‘’](?=\p{Script=Han})|(?<=\p{Script=Han})[“”‘’]/gu;
    const offenders = pages.flatMap((page) => {
      const words = readWords(page);
      return [...words.matchAll(quote)].map((match) => `${page}: ${match[0]} in "${around(words, match.index)}"`);
    });
    expect(offenders).toEqual([]);
  });

  it('say they were converted from the author’s original where they show his text, and only there', () => {
    const wrong = pages
      .filter((page) => readPage(page).includes('class="script-notice"') !== showsAuthorText(page))
      .map((page) => `${page}: ${showsAuthorText(page) ? 'lacks' : 'has'} the conversion notice`);
    expect(wrong).toEqual([]);
  });
});
