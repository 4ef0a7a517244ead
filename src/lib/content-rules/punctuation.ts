// The site's one rule for Chinese punctuation (src/lib/chinese-punctuation.ts), as a content rule: a half-width mark next
// to a Chinese character stops the build, naming the file, the paragraph and the mark, like the other rules.
import { findHalfWidthMarks } from '../chinese-punctuation.ts';
import { getContentScript, isLocale } from '../locales.ts';
import { splitMarkdownParagraphs } from '../markdown-paragraphs.ts';
import type { IntroductionData, MistakeData } from '../content-schema.ts';
import { localeOf, type ArticleFiles, type ContentFile } from './files.ts';

const isWrittenInHan = (file: ContentFile<unknown>) => {
  const locale = localeOf(file);
  return isLocale(locale) && getContentScript(locale) === 'Han';
};

/** Where each text of a file sits, as a message names it: `title`, `summary`, `paragraph p-3-2`. */
function textsOf(file: ContentFile<MistakeData | IntroductionData>): [string, string][] {
  const paragraphs = splitMarkdownParagraphs(file.body).map((text, index): [string, string] => [`paragraph ${file.data.paragraphs[index] ?? index + 1}`, text]);
  return [['title', file.data.title], ['summary', file.data.summary], ...paragraphs];
}

/** No half-width `, : ; ( ) ! ?` next to a Chinese character in the content written in Chinese. */
export function findPunctuationProblems(files: ArticleFiles): string[] {
  const problems: string[] = [];
  for (const file of [...files.mistakes, ...files.introductions]) {
    if (!isWrittenInHan(file)) continue;
    for (const [where, text] of textsOf(file)) {
      for (const { mark, fullWidth, excerpt } of findHalfWidthMarks(text)) {
        problems.push(`${file.filePath}: ${where}: half-width "${mark}" in "${excerpt}" (Chinese text takes "${fullWidth}")`);
      }
    }
  }
  return problems;
}
