import type { IntroductionData, MistakeData } from '../content-schema.ts';
import { toTraditionalOwnWords } from '../chinese-script/to-traditional.ts';
import { describeMainlandWords } from '../chinese-script/taiwan-wording.ts';
import { glossaryFile, type GlossaryTerm } from '../glossary/schema.ts';
import { getWrittenLocale, scriptVariants } from '../locales.ts';
import { localeOf, type ArticleFiles, type ContentFile } from './files.ts';

/** A Chinese text of the content: where it is (`content/zh/…: q-1-1`) and what it says. */
interface Located {
  where: string;
  text: string;
}

/** The written locales script variants are converted from (zh): the files and glossary side whose text is converted. */
const convertedFrom = [...new Set(scriptVariants.map((variant) => getWrittenLocale(variant.to)))];
const converted = new Set<string>(convertedFrom);

/** The site's own words in a file a script variant is converted from: summary, questions, the source's name. */
function ownTexts(file: ContentFile<MistakeData | IntroductionData>): Located[] {
  const texts: Located[] = [{ where: `${file.filePath}: summary`, text: file.data.summary }];
  if ('selfCheck' in file.data) texts.push(...file.data.selfCheck.map((question) => ({ where: `${file.filePath}: ${question.id}`, text: question.question })));
  if ('source' in file.data) texts.push({ where: `${file.filePath}: source.name`, text: file.data.source.name });
  return texts;
}

/** Every Chinese text of a converted locale's file: the author's (title, body) and ours. */
function allTexts(file: ContentFile<MistakeData | IntroductionData>): Located[] {
  return [{ where: `${file.filePath}: title`, text: file.data.title }, ...ownTexts(file), { where: `${file.filePath}: body`, text: file.body }];
}

const traditionalQuotes = /[「」『』]/;
const straightQuoteBesideHan = /(?<=\p{Script=Han})["']|["'](?=\p{Script=Han})/u;

/** Quotation marks in Simplified text: “” and ‘’, which the Traditional pages turn into 「」 and 『』. */
function findQuoteProblems({ where, text }: Located): string[] {
  const problems: string[] = [];
  const corner = traditionalQuotes.exec(text)?.[0];
  if (corner) problems.push(`${where}: ${corner} is Traditional usage: write “” and ‘’ in Simplified text (the 繁體 pages turn them into 「」 and 『』)`);
  // Not in a body: MDX markup may put an attribute's quote next to Chinese text (title="客户").
  const straight = where.endsWith(': body') ? undefined : straightQuoteBesideHan.exec(text)?.[0];
  if (straight) problems.push(`${where}: a straight ${straight} next to Chinese text: write “” or ‘’`);
  return problems;
}

/**
 * The Chinese wording rules, over the files that script variants are converted from (zh) and the glossary's zh side:
 * quotation marks as Simplified writes them, and none of the listed mainland words (taiwan-wording.ts) in the
 * Traditional form of the site's own words (summaries, questions, the source's name, definitions).
 */
export function findChineseWordingProblems(files: ArticleFiles, glossary: readonly GlossaryTerm[]): string[] {
  const sources = [...files.introductions, ...files.mistakes].filter((file) => converted.has(localeOf(file)));
  const definitions = glossary.flatMap((term) =>
    convertedFrom.map((locale) => ({ where: `${glossaryFile}: ${term.id}: ${locale}.definition`, text: term[locale].definition })),
  );
  const own = [...sources.flatMap(ownTexts), ...definitions];
  return [
    ...[...sources.flatMap(allTexts), ...definitions].flatMap(findQuoteProblems),
    ...own.flatMap(({ where, text }) => describeMainlandWords(where, toTraditionalOwnWords(text))),
  ];
}
