import type { IntroductionData, MistakeData } from '../../src/lib/content-schema.ts';
import { toTaiwanQuotes, toTraditional, toTraditionalOwnWords } from '../../src/lib/chinese-script/to-traditional.ts';
import { getSourceLocale, type Locale } from '../../src/lib/locales.ts';
import { readContentTree } from './content-fixtures.ts';

export interface SiteMistake extends MistakeData {
  /** Body paragraphs in order, as plain text (Markdown links reduced to their text). */
  texts: string[];
  /** Body paragraphs in order, as written (Markdown). */
  markdown: string[];
}

export type SiteQuestion = MistakeData['selfCheck'][number] & { mistake: SiteMistake };

/** What a spec may ask of a site's content: the source of every count, title and text it expects on the built pages. */
export interface SiteContent {
  /** The mistakes of a language, by number. */
  getMistakes(locale: Locale): SiteMistake[];
  /** One mistake by number (1-based). */
  getMistake(locale: Locale, number: number): SiteMistake;
  getIntroduction(locale: Locale): IntroductionData & { texts: string[] };
  /** The plain text of a paragraph by id, e.g. `p-2-3`. */
  getParagraphText(locale: Locale, id: string): string;
  /** Every self-check question of a language, in the self-check's order (by mistake, then as listed). */
  getQuestions(locale: Locale): SiteQuestion[];
  /** The mistakes whose title or text contains a word (case-insensitive), each with the first paragraph that does. */
  findWord(locale: Locale, word: string): { mistake: SiteMistake; paragraph: string | undefined }[];
}

/** Splits a Markdown body into its paragraphs. */
function toBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** Turns paragraphs of Markdown into plain text: links become their text. */
function toTexts(body: string): string[] {
  return toBlocks(body).map((block) => block.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
}

/** Every string inside a value converted, ids and numbers kept (ASCII is never touched by the conversion). */
function convertStrings<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => convertStrings(item, convert)) as T;
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertStrings(item, convert)])) as T;
}

/** The author's words as the build converts them: character by character, quotes as Taiwan writes them. */
const toTraditionalText = (text: string) => toTaiwanQuotes(toTraditional(text));

/** A mistake converted as the build converts it (src/lib/chinese-script/traditional-content.ts): our own words with Taiwan's. */
function toTraditionalMistake(mistake: SiteMistake): SiteMistake {
  return {
    ...convertStrings(mistake, toTraditionalText),
    summary: toTraditionalOwnWords(mistake.summary),
    selfCheck: mistake.selfCheck.map((question) => ({ ...question, question: toTraditionalOwnWords(question.question) })),
  };
}

/**
 * Reads a content tree (`<dir>/<locale>/…`) through the real schemas; throws, naming the files, if it is invalid.
 * A script variant (zh-hant) has no folder: its content is its source locale's, converted as the build converts it
 * (src/content.config.ts).
 */
export function readSiteContent(dir: string): SiteContent {
  const written = readWrittenContent(dir);
  const variant = (locale: Locale) => getSourceLocale(locale);
  const content: SiteContent = {
    ...written,
    getMistakes: (locale) => {
      const source = variant(locale);
      return source ? written.getMistakes(source).map(toTraditionalMistake) : written.getMistakes(locale);
    },
    getMistake(locale, number) {
      const mistake = content.getMistakes(locale).find((entry) => entry.number === number);
      if (!mistake) throw new Error(`${dir} has no mistake ${number} in ${locale}`);
      return mistake;
    },
    getIntroduction: (locale) => {
      const source = variant(locale);
      if (!source) return written.getIntroduction(locale);
      const introduction = written.getIntroduction(source);
      const converted = convertStrings(introduction, toTraditionalText);
      return {
        ...converted,
        summary: toTraditionalOwnWords(introduction.summary),
        source: { ...converted.source, name: toTraditionalOwnWords(introduction.source.name) },
      };
    },
    getParagraphText: (locale, id) => {
      const source = variant(locale);
      return source ? toTraditionalText(written.getParagraphText(source, id)) : written.getParagraphText(locale, id);
    },
    getQuestions(locale) {
      return content.getMistakes(locale).flatMap((mistake) => mistake.selfCheck.map((question) => ({ ...question, mistake })));
    },
    findWord(locale, word) {
      const needle = word.toLowerCase();
      const holds = (text: string) => text.toLowerCase().includes(needle);
      return content
        .getMistakes(locale)
        .filter((mistake) => [mistake.title, ...mistake.texts].some(holds))
        .map((mistake) => ({ mistake, paragraph: mistake.paragraphs[mistake.texts.findIndex(holds)] }));
    },
  };
  return content;
}

/** Reads the written locales of a content tree through the real schemas. */
function readWrittenContent(dir: string): SiteContent {
  const { files, schemaProblems } = readContentTree(dir);
  if (schemaProblems.length > 0) throw new Error(`The content in ${dir} is invalid:\n${schemaProblems.join('\n')}`);
  const inLocale = (locale: Locale) => (file: { id: string }) => file.id.startsWith(`${locale}/`);

  const content: SiteContent = {
    getMistakes: (locale) =>
      files.mistakes
        .filter(inLocale(locale))
        .map((file) => ({ ...file.data, texts: toTexts(file.body), markdown: toBlocks(file.body) }))
        .sort((a, b) => a.number - b.number),
    getMistake(locale, number) {
      const mistake = content.getMistakes(locale).find((entry) => entry.number === number);
      if (!mistake) throw new Error(`${dir} has no mistake ${number} in ${locale}`);
      return mistake;
    },
    getIntroduction(locale) {
      const file = files.introductions.find(inLocale(locale));
      if (!file) throw new Error(`${dir} has no ${locale} introduction`);
      return { ...file.data, texts: toTexts(file.body) };
    },
    getParagraphText(locale, id) {
      for (const entry of [content.getIntroduction(locale), ...content.getMistakes(locale)]) {
        const index = entry.paragraphs.indexOf(id);
        if (index >= 0) return entry.texts[index] ?? '';
      }
      throw new Error(`${dir} has no paragraph ${id} in ${locale}`);
    },
    getQuestions: (locale) => content.getMistakes(locale).flatMap((mistake) => mistake.selfCheck.map((question) => ({ ...question, mistake }))),
    findWord(locale, word) {
      const needle = word.toLowerCase();
      const holds = (text: string) => text.toLowerCase().includes(needle);
      return content
        .getMistakes(locale)
        .filter((mistake) => [mistake.title, ...mistake.texts].some(holds))
        .map((mistake) => ({ mistake, paragraph: mistake.paragraphs[mistake.texts.findIndex(holds)] }));
    },
  };
  return content;
}
