import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertValidContent, localeOf, type ArticleFiles, type ContentFile } from './content-rules/index.ts';
import { locales, type Locale } from './locales.ts';

export type MistakeEntry = CollectionEntry<'mistakes'>;
export type IntroductionEntry = CollectionEntry<'introductions'>;

export interface Article {
  introduction: IntroductionEntry;
  /** Sorted by number. */
  mistakes: MistakeEntry[];
}

function toContentFile<Data>(entry: { id: string; filePath?: string; data: Data; body?: string }): ContentFile<Data> {
  return { id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' };
}

let checked: Promise<{ mistakes: MistakeEntry[]; introductions: IntroductionEntry[] }> | undefined;

/** Loads the collections once per build and stops the build if the content breaks a rule. */
function loadCheckedContent() {
  checked ??= (async () => {
    const [mistakes, introductions] = await Promise.all([getCollection('mistakes'), getCollection('introductions')]);
    const files: ArticleFiles = { mistakes: mistakes.map(toContentFile), introductions: introductions.map(toContentFile) };
    assertValidContent(files);
    return { mistakes, introductions };
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
  if (typeof html !== 'object' || html === null) throw new Error(`${entry.filePath ?? entry.id}: its paragraphs were not exported (is the paragraph-anchor plugin configured?)`);
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
