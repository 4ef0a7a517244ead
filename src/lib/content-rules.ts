// Rules cover the written content; script variants are converted from it (and checked by the conversion).
import { contentLocales as locales } from './locales.ts';
import type { IntroductionData, MistakeData } from './content-schema.ts';
import { findGlossaryProblems } from './glossary/rules.ts';
import type { GlossaryTerm } from './glossary/schema.ts';
import { findTerminologyProblems, getParagraphPairs } from './glossary/terminology.ts';

/** A content file as the rules see it: where it is, and its validated front matter and raw body. */
export interface ContentFile<Data> {
  /** Path from the project root, e.g. `content/zh/mistakes/segmenting-by-assets.mdx`: named in every problem. */
  filePath: string;
  /** Collection id: `<locale>/mistakes/<name>` or `<locale>/introduction`. */
  id: string;
  data: Data;
  body: string;
}

export interface ArticleFiles {
  mistakes: ContentFile<MistakeData>[];
  introductions: ContentFile<IntroductionData>[];
}

/** Fields that describe the mistake itself rather than its wording: both languages must agree on them. */
const sharedFields = ['number', 'topics', 'related', 'paragraphs'] as const;

/** Returns the locale folder of a collection entry, e.g. `zh` for `zh/mistakes/segmenting-by-assets`. */
export function localeOf(entry: { id: string }): string {
  return entry.id.split('/')[0] ?? '';
}

function nameOf(file: ContentFile<unknown>): string {
  return file.id.split('/').at(-1) ?? '';
}

function list(values: readonly unknown[]): string {
  return `[${values.join(', ')}]`;
}

/** Finds root-relative links in Markdown/MDX source: `[text](/en/…)` and `href="/zh/…"`. */
export function findInternalLinks(body: string): string[] {
  const links: string[] = [];
  for (const match of body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
    links.push(match[1] ?? match[2] ?? '');
  }
  return links;
}

/**
 * Returns every page path and paragraph target the article's content defines,
 * e.g. `/en/`, `/en/mistakes/segmenting-by-assets/` and `/en/mistakes/segmenting-by-assets/#p-3-2`.
 */
export function getLinkTargets(files: ArticleFiles): Set<string> {
  const targets = new Set<string>();
  for (const intro of files.introductions) {
    const home = `/${localeOf(intro)}/`;
    targets.add(home);
    for (const id of intro.data.paragraphs) targets.add(`${home}#${id}`);
  }
  for (const mistake of files.mistakes) {
    const page = `/${localeOf(mistake)}/mistakes/${mistake.data.slug}/`;
    targets.add(page);
    for (const id of mistake.data.paragraphs) targets.add(`${page}#${id}`);
  }
  return targets;
}

/**
 * Checks the rules that span files (the schema checks each file alone) and returns
 * one message per problem, each naming the file to fix. An empty list means the article is sound.
 */
export function findContentProblems(unsorted: ArticleFiles): string[] {
  const problems: string[] = [];
  // Sorted so that messages come out the same whatever order the loader found the files in.
  const byPath = <F extends ContentFile<unknown>>(list: F[]) => [...list].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
  const files: ArticleFiles = { mistakes: byPath(unsorted.mistakes), introductions: byPath(unsorted.introductions) };
  const all = [...files.mistakes, ...files.introductions];

  for (const file of all) {
    const locale = localeOf(file);
    if (!(locales as readonly string[]).includes(locale)) {
      problems.push(`${file.filePath}: "${locale}" is not a language of this site (${locales.join(', ')})`);
    }
  }

  for (const locale of locales) {
    if (!files.introductions.some((intro) => localeOf(intro) === locale)) {
      problems.push(`content/${locale}/introduction.mdx: missing (every language needs the article's introduction)`);
    }
  }

  const byLocale = new Map<string, ContentFile<MistakeData>[]>();
  for (const mistake of files.mistakes) {
    const locale = localeOf(mistake);
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), mistake]);
    if (mistake.data.slug !== nameOf(mistake)) {
      problems.push(`${mistake.filePath}: slug "${mistake.data.slug}" does not match the file name "${nameOf(mistake)}.mdx"`);
    }
  }

  for (const [locale, mistakes] of byLocale) {
    for (const key of ['slug', 'number'] as const) {
      const seen = new Map<unknown, string>();
      for (const mistake of mistakes) {
        const earlier = seen.get(mistake.data[key]);
        if (earlier) problems.push(`${mistake.filePath}: ${key} ${JSON.stringify(mistake.data[key])} is also used by ${earlier}`);
        else seen.set(mistake.data[key], mistake.filePath);
      }
    }
    const numbers = new Set(mistakes.map((mistake) => mistake.data.number));
    for (let n = 1; n <= mistakes.length; n += 1) {
      if (!numbers.has(n)) problems.push(`content/${locale}/mistakes: no mistake has number ${n} (numbers must run 1 to ${mistakes.length})`);
    }
    const slugs = new Set(mistakes.map((mistake) => mistake.data.slug));
    for (const mistake of mistakes) {
      for (const related of mistake.data.related) {
        if (related === mistake.data.slug) problems.push(`${mistake.filePath}: related lists the mistake itself ("${related}")`);
        else if (!slugs.has(related)) problems.push(`${mistake.filePath}: related mistake "${related}" does not exist in ${locale}`);
      }
    }
  }

  const paired = new Map<string, ContentFile<MistakeData | IntroductionData>[]>();
  for (const file of all) {
    const key = file.id.split('/').slice(1).join('/');
    paired.set(key, [...(paired.get(key) ?? []), file]);
  }
  for (const twins of paired.values()) {
    for (const locale of locales) {
      if (twins.some((twin) => localeOf(twin) === locale)) continue;
      const present = twins.find((twin) => (locales as readonly string[]).includes(localeOf(twin)));
      if (!present) continue;
      const missing = present.filePath.replace(`/${localeOf(present)}/`, `/${locale}/`);
      problems.push(`${present.filePath}: exists in ${localeOf(present)} only; add its translation ${missing}`);
    }
    const [first, ...others] = twins;
    if (!first) continue;
    for (const other of others) {
      for (const field of sharedFields) {
        if (!(field in first.data) && !(field in other.data)) continue;
        const a = (first.data as Record<string, unknown>)[field];
        const b = (other.data as Record<string, unknown>)[field];
        if (JSON.stringify(a) === JSON.stringify(b)) continue;
        const show = (value: unknown) => (Array.isArray(value) ? list(value) : String(value));
        const what = field === 'paragraphs' ? 'paragraphs do not line up' : `${field} differs`;
        problems.push(`${other.filePath}: ${what}: ${show(b)} here, ${show(a)} in ${first.filePath}`);
      }
    }
  }

  problems.push(...findSelfCheckProblems(files.mistakes));

  const seenParagraphs = new Map<string, string>();
  for (const file of all) {
    for (const id of file.data.paragraphs) {
      const key = `${localeOf(file)}#${id}`;
      const earlier = seenParagraphs.get(key);
      if (earlier) problems.push(`${file.filePath}: paragraph id "${id}" is also used by ${earlier}`);
      else seenParagraphs.set(key, file.filePath);
    }
  }

  const targets = getLinkTargets(files);
  for (const file of all) {
    for (const link of findInternalLinks(file.body)) {
      if (!targets.has(link)) problems.push(`${file.filePath}: internal link "${link}" points to no page or paragraph`);
    }
  }

  return problems;
}

/** What both languages of a self-check question must agree on: everything but its wording. */
function describeQuestion(question: MistakeData['selfCheck'][number]): string {
  return `${question.id} (risky: ${question.riskyAnswer}${question.paragraph ? `, ${question.paragraph}` : ''})`;
}

/**
 * Self-check rules: question ids unique per language (they are anchors and share-link positions),
 * paragraphs that exist in the question's mistake, and the same questions (ids, risky answers, paragraphs) in both languages.
 */
function findSelfCheckProblems(mistakes: ContentFile<MistakeData>[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const mistake of mistakes) {
    for (const question of mistake.data.selfCheck) {
      const key = `${localeOf(mistake)}#${question.id}`;
      const earlier = seen.get(key);
      if (earlier === mistake.filePath) problems.push(`${mistake.filePath}: self-check question id "${question.id}" is listed twice`);
      else if (earlier) problems.push(`${mistake.filePath}: self-check question id "${question.id}" is also used by ${earlier}`);
      else seen.set(key, mistake.filePath);
      if (question.paragraph && !mistake.data.paragraphs.includes(question.paragraph)) {
        problems.push(
          `${mistake.filePath}: self-check question "${question.id}" points to paragraph "${question.paragraph}", which this mistake does not have ${list(mistake.data.paragraphs)}`,
        );
      }
    }
  }
  const firstByName = new Map<string, ContentFile<MistakeData>>();
  for (const mistake of mistakes) {
    const first = firstByName.get(nameOf(mistake));
    if (!first) {
      firstByName.set(nameOf(mistake), mistake);
      continue;
    }
    const questions = first.data.selfCheck.map(describeQuestion);
    const theirs = mistake.data.selfCheck.map(describeQuestion);
    if (JSON.stringify(theirs) !== JSON.stringify(questions)) {
      problems.push(`${mistake.filePath}: self-check questions do not line up: ${list(theirs)} here, ${list(questions)} in ${first.filePath}`);
    }
  }
  return problems;
}

/** Thrown when the content breaks a rule: the build stops and prints every problem. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Throws a ContentError when the article breaks any rule: its files, its glossary (cross-entry rules; the schema checks
 * each term), and the terminology check (a glossary term in a Chinese paragraph rendered as the glossary says in English).
 */
export function assertValidContent(files: ArticleFiles, glossary: readonly GlossaryTerm[] = []): void {
  const problems = findContentProblems(files);
  problems.push(...findGlossaryProblems(glossary));
  problems.push(...findTerminologyProblems(getParagraphPairs([...files.mistakes, ...files.introductions]), glossary));
  if (problems.length > 0) throw new ContentError(problems);
}

