// Rules cover the written content; script variants are converted from it (and checked by the conversion).
import { contentLocales as locales } from '../locales.ts';
import type { IntroductionData, MistakeData } from '../content-schema.ts';
import { list, localeOf, type ArticleFiles, type ContentFile } from './files.ts';

/** Fields that describe the mistake itself rather than its wording: every language must agree on them. */
const sharedFields = ['number', 'topics', 'related', 'paragraphs'] as const;

const isSiteLocale = (locale: string) => (locales as readonly string[]).includes(locale);

/** Every file sits in a locale folder of the site, and every locale has the article's introduction. */
export function findLocaleProblems(files: ArticleFiles): string[] {
  const problems: string[] = [];
  for (const file of [...files.mistakes, ...files.introductions]) {
    const locale = localeOf(file);
    if (!isSiteLocale(locale)) problems.push(`${file.filePath}: "${locale}" is not a language of this site (${locales.join(', ')})`);
  }
  for (const locale of locales) {
    if (!files.introductions.some((intro) => localeOf(intro) === locale)) {
      problems.push(`content/${locale}/introduction.mdx: missing (every language needs the article's introduction)`);
    }
  }
  return problems;
}

/** Every file exists in every language, and its translations agree on the fields that are not wording. */
export function findTranslationProblems(files: ArticleFiles): string[] {
  const problems: string[] = [];
  const paired = new Map<string, ContentFile<MistakeData | IntroductionData>[]>();
  for (const file of [...files.mistakes, ...files.introductions]) {
    const key = file.id.split('/').slice(1).join('/');
    paired.set(key, [...(paired.get(key) ?? []), file]);
  }
  for (const twins of paired.values()) {
    for (const locale of locales) {
      if (twins.some((twin) => localeOf(twin) === locale)) continue;
      const present = twins.find((twin) => isSiteLocale(localeOf(twin)));
      if (!present) continue;
      const missing = present.filePath.replace(`/${localeOf(present)}/`, `/${locale}/`);
      problems.push(`${present.filePath}: exists in ${localeOf(present)} only; add its translation ${missing}`);
    }
    const [first, ...others] = twins;
    if (!first) continue;
    for (const other of others) problems.push(...compareSharedFields(first, other));
  }
  return problems;
}

function compareSharedFields(first: ContentFile<MistakeData | IntroductionData>, other: ContentFile<MistakeData | IntroductionData>): string[] {
  const problems: string[] = [];
  for (const field of sharedFields) {
    if (!(field in first.data) && !(field in other.data)) continue;
    const a = (first.data as Record<string, unknown>)[field];
    const b = (other.data as Record<string, unknown>)[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const show = (value: unknown) => (Array.isArray(value) ? list(value) : String(value));
    const what = field === 'paragraphs' ? 'paragraphs do not line up' : `${field} differs`;
    problems.push(`${other.filePath}: ${what}: ${show(b)} here, ${show(a)} in ${first.filePath}`);
  }
  return problems;
}
