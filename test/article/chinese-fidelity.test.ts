import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeChinesePunctuation } from '../../src/lib/chinese-punctuation.ts';
import { splitMarkdownParagraphs } from '../../src/lib/markdown-paragraphs.ts';
import { readContentTree } from '../support/content-fixtures.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';
import { toTraditionalSource } from '../../src/lib/chinese-script/convert-content.ts';
import { articleBounds, authorLine, runInHeading, typoFixes } from '../fixtures/source/declared-fixes.ts';

// The zh pages must hold the author's article, sentence for sentence: the saved source page, cut to the
// article, with the declared typo fixes and the punctuation rule applied, and nothing else.

const root = new URL('../../', import.meta.url).pathname;
const source = readFileSync(new URL('../fixtures/source/article.zh.txt', import.meta.url), 'utf8');
const { files } = readContentTree(`${root}content`);
const zhIntroduction = files.introductions.find((file) => file.id === 'zh/introduction');
const zhMistakes = files.mistakes.filter((file) => file.id.startsWith('zh/')).sort((a, b) => a.data.number - b.data.number);

interface SourceArticle {
  title: string;
  dateLine: string;
  authorLine: string;
  introduction: string[];
  mistakes: { number: number; heading: string; paragraphs: string[] }[];
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Cuts the saved page to the article, applies the declared fixes and the punctuation rule, and splits it up. */
function readSourceArticle(page: string): SourceArticle {
  const lines = page.split(/\r?\n/);
  const first = lines.indexOf(articleBounds.firstLine);
  const last = lines.findIndex((line, index) => index > first && line.trimEnd().endsWith(articleBounds.lastLineEndsWith));
  if (first < 0 || last < 0) throw new Error("test/fixtures/source/article.zh.txt: the article's first or last line is missing");
  let text = lines
    .slice(first, last + 1)
    .join('\n')
    .trimEnd()
    .slice(0, -authorLine.length);
  for (const fix of typoFixes) text = text.replace(fix.original, fix.fixed);
  const blocks = normalizeChinesePunctuation(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [title = '', dateLine = '', ...body] = blocks;
  const article: SourceArticle = { title, dateLine, authorLine, introduction: [], mistakes: [] };
  for (const block of body) {
    const heading = /^问题(\d+)：(.*)$/.exec(block);
    if (!heading) {
      (article.mistakes.at(-1)?.paragraphs ?? article.introduction).push(block);
      continue;
    }
    const number = Number(heading[1]);
    const rest = heading[2] ?? '';
    const runsIn = number === runInHeading.number && rest.startsWith(runInHeading.title);
    const title = runsIn ? runInHeading.title : rest;
    article.mistakes.push({ number, heading: title, paragraphs: runsIn ? [rest.slice(title.length)] : [] });
  }
  return article;
}

const article = readSourceArticle(source);

/** The source's paragraphs per zh content file, in the order the site shows them. */
const expectedBodies: [string, string[]][] = [
  ['content/zh/introduction.mdx', article.introduction],
  ...zhMistakes.map((file): [string, string[]] => [file.filePath, article.mistakes.find((mistake) => mistake.number === file.data.number)?.paragraphs ?? []]),
];

const bodyOf = (filePath: string) => [zhIntroduction, ...zhMistakes].find((file) => file?.filePath === filePath)?.body ?? '';
const sentencesOf = (paragraphs: string[]) => paragraphs.flatMap((paragraph) => paragraph.match(/[^。！？]+[。！？]?/g) ?? []);

describe('the source article', () => {
  it('runs from its title through the author line, with seven mistakes', () => {
    expect(article.title).toBe('企业客户细分常犯的错误');
    expect(article.introduction).toHaveLength(2);
    expect(article.mistakes.map((mistake) => mistake.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(typoFixes.map((fix) => [fix.where, fix.original, fix.fixed]))(
    '%s: "%s" occurs once in the source, and "%s" replaces it on the zh pages',
    (_where, original, fixed) => {
      expect(countOf(source, original)).toBe(1);
      const pages = [zhIntroduction, ...zhMistakes].map((file) => file?.body ?? '').join('\n');
      expect(countOf(pages, original)).toBe(0);
      expect(countOf(pages, normalizeChinesePunctuation(fixed))).toBe(1);
    },
  );

  it.each(typoFixes.map((fix) => [fix.where, fix.original, fix.fixed]))('%s: the Traditional pages carry "%s" fixed as "%s" too', (_where, original, fixed) => {
    const pages = [zhIntroduction, ...zhMistakes]
      .map((file) => toTraditionalSource(file?.body ?? '', { from: 'zh', to: 'zh-hant', file: file?.filePath ?? '' }))
      .join('\n');
    expect(countOf(pages, toTraditional(original))).toBe(0);
    expect(countOf(pages, toTraditional(normalizeChinesePunctuation(fixed)))).toBe(1);
  });

  it("the editors' guide lists exactly the declared typo fixes", () => {
    const guide = readFileSync(`${root}docs/editing.md`, 'utf8');
    const section = guide.split(/^## The Chinese text and its fixes$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => /^\|(?!\s*-)/.test(line))
      .slice(1);
    expect(
      rows.map((row) =>
        row
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      ),
    ).toEqual(typoFixes.map((fix) => [fix.where, fix.original, fix.fixed]));
  });
});

describe("the zh pages hold the author's text", () => {
  it('has the introduction and seven mistakes', () => {
    expect(zhIntroduction).toBeDefined();
    expect(zhMistakes.map((file) => file.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(expectedBodies)('%s: the source paragraphs, in order, and nothing else', (filePath, paragraphs) => {
    expect(splitMarkdownParagraphs(bodyOf(filePath))).toEqual(paragraphs);
  });

  it('has every original sentence, and no other sentence', () => {
    const original = sentencesOf(expectedBodies.flatMap(([, paragraphs]) => paragraphs));
    const onPages = sentencesOf(expectedBodies.flatMap(([filePath]) => splitMarkdownParagraphs(bodyOf(filePath))));
    expect({ missing: original.filter((sentence) => !onPages.includes(sentence)), added: onPages.filter((sentence) => !original.includes(sentence)) }).toEqual({
      missing: [],
      added: [],
    });
    expect(original).toHaveLength(35);
  });

  it('uses the source headings as titles', () => {
    expect(zhIntroduction?.data.title).toBe(article.title);
    expect(zhMistakes.map((file) => file.data.title)).toEqual(article.mistakes.map((mistake) => mistake.heading));
  });

  it('moves the author line and the date into the attribution', () => {
    const author = zhIntroduction?.data.author;
    expect(`(${author?.affiliation} ${author?.name})`).toBe(article.authorLine);
    const [, year, month, day] = /^日期[:：]\s*(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(article.dateLine) ?? [];
    expect(zhIntroduction?.data.published.toISOString().slice(0, 10)).toBe(`${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`);
  });
});
