import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertValidContent, localeOf, type ArticleFiles, type ContentFile } from './content-rules/index.ts';
import type { GlossaryTerm } from './glossary/schema.ts';
import { contentLocales, defaultLocale, getLocaleAliases, locales, type Locale } from './locales.ts';
import { getMistakePath, getSearchPath, toLocalePath } from './locale-path.ts';
import { getIndexablePaths } from './sitemap.ts';

export type MistakeEntry = CollectionEntry<'mistakes'>;
export type IntroductionEntry = CollectionEntry<'introductions'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Article {
  introduction: IntroductionEntry;
  /** Sorted by number. */
  mistakes: MistakeEntry[];
}

function toContentFile<Data>(entry: { id: string; filePath?: string; data: Data; body?: string }): ContentFile<Data> {
  return { id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' };
}

let checked: Promise<{ mistakes: MistakeEntry[]; introductions: IntroductionEntry[]; glossary: GlossaryTerm[] }> | undefined;

/** Loads the collections once per build and stops the build if the content breaks a rule. */
function loadCheckedContent() {
  checked ??= (async () => {
    const [mistakes, introductions, glossaryEntries] = await Promise.all([
      getCollection('mistakes'),
      getCollection('introductions'),
      getCollection('glossary'),
    ]);
    const glossary = glossaryEntries.map((entry) => entry.data);
    // The rules read the written content; script variants (zh-hant) are converted from it, and the conversion checks them.
    const written = <E extends { id: string }>(entries: E[]) => entries.filter((entry) => (contentLocales as string[]).includes(localeOf(entry)));
    const files: ArticleFiles = { mistakes: written(mistakes).map(toContentFile), introductions: written(introductions).map(toContentFile) };
    assertValidContent(files, glossary);
    return { mistakes, introductions, glossary };
  })();
  return checked;
}

/** Returns the article in one language: its introduction and its mistakes in order. */
export async function getArticle(locale: Locale): Promise<Article> {
  const { mistakes, introductions } = await loadCheckedContent();
  const introduction = introductions.find((entry) => localeOf(entry) === locale);
  if (!introduction) throw new Error(`content/${locale}/introduction.mdx: missing`);
  return {
    introduction,
    mistakes: mistakes.filter((entry) => localeOf(entry) === locale).sort((a, b) => a.data.number - b.data.number),
  };
}

/** Returns the glossary's terms, as the file lists them (getGlossaryEntries orders them by first use). */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await loadCheckedContent()).glossary;
}

/** Returns a mistake in another language (the content rules guarantee every language has it). */
export async function getTranslation(mistake: MistakeEntry, locale: Locale): Promise<MistakeEntry> {
  const twin = (await getArticle(locale)).mistakes.find((entry) => entry.data.slug === mistake.data.slug);
  if (!twin) throw new Error(`content/${locale}/mistakes/${mistake.data.slug}.mdx: missing`);
  return twin;
}

/**
 * Returns an entry's anchored paragraphs as HTML by id: the paragraph-anchor plugin exports them while it compiles
 * the entry (src/integrations/markdown/paragraph-anchors.ts), so nothing is rendered or parsed twice.
 */
export async function getParagraphHtml(entry: MistakeEntry | IntroductionEntry): Promise<Record<string, string>> {
  const { remarkPluginFrontmatter } = await render(entry);
  const html: unknown = remarkPluginFrontmatter.paragraphHtml;
  if (typeof html !== 'object' || html === null)
    throw new Error(`${entry.filePath ?? entry.id}: its paragraphs were not exported (is the paragraph-anchor plugin configured?)`);
  return html as Record<string, string>;
}

/** `getStaticPaths` of pages that exist once per language. */
export function getLocaleStaticPaths() {
  return locales.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

/** `getStaticPaths` of pages that exist once per mistake and language, keyed by slug (mistake pages, parallel views). */
export async function getMistakeStaticPaths() {
  const perLocale = await Promise.all(locales.map(async (locale) => (await getArticle(locale)).mistakes.map((mistake) => ({ locale, mistake }))));
  return perLocale.flat().map(({ locale, mistake }) => ({ params: { lang: locale, slug: mistake.data.slug }, props: { locale, mistake } }));
}

/** `getStaticPaths` of the short links (`/en/3/`), keyed by the mistake's number. */
export async function getShortLinkStaticPaths() {
  return (await getMistakeStaticPaths()).map(({ params, props }) => ({ params: { lang: params.lang, number: String(props.mistake.data.number) }, props }));
}

/**
 * `getStaticPaths` of the locale aliases (`/zh-tw/…` → `/zh-hant/…`): one redirect per page of the aliased locale. A
 * short link's alias (`/zh-tw/3/`) leads straight to the mistake, not through a second redirect.
 */
export async function getLocaleAliasStaticPaths() {
  const { mistakes } = await getArticle(defaultLocale);
  const slugs = mistakes.map((mistake) => mistake.data.slug);
  const pages = [...getIndexablePaths(slugs).filter((path) => path !== '/'), getSearchPath(defaultLocale)];
  return locales.flatMap((locale) => {
    const targets = [...new Set(pages.map((path) => toLocalePath(path, locale)))].map((target) => ({ path: target.slice(locale.length + 2, -1), target }));
    const shortLinks = mistakes.map((mistake) => ({ path: String(mistake.data.number), target: getMistakePath(locale, mistake.data.slug) }));
    return getLocaleAliases(locale).flatMap((alias) =>
      [...targets, ...shortLinks].map(({ path, target }) => ({ params: { alias, path: path || undefined }, props: { locale, target } })),
    );
  });
}
