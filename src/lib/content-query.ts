import { getCollection, render, type CollectionEntry } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { splitParagraphs, type ParagraphHtml } from './paragraph-html.ts';
import { assertValidContent, localeOf, type ArticleFiles, type ContentFile } from './content-rules.ts';
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

/** Loads both collections once per build and stops the build if the content breaks a rule. */
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

let container: Promise<AstroContainer> | undefined;

/** Renders an entry's body (MDX) to HTML and returns its anchored paragraphs, for views that lay paragraphs out one by one. */
export async function getParagraphs(entry: MistakeEntry | IntroductionEntry): Promise<ParagraphHtml[]> {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  const { Content } = await render(entry);
  return splitParagraphs(await (await container).renderToString(Content));
}

/** Props of a page that exists once per mistake and language. */
export interface MistakePageProps {
  locale: Locale;
  mistake: MistakeEntry;
}

/**
 * `getStaticPaths` for pages that exist once per mistake and language: `lang` and the mistake's `slug`
 * (mistake pages, parallel views) or `number` (short links) as params.
 */
export async function getMistakeStaticPaths(key: 'slug' | 'number'): Promise<{ params: { lang: Locale } & Record<typeof key, string>; props: MistakePageProps }[]> {
  const paths = await Promise.all(
    locales.map(async (locale) =>
      (await getArticle(locale)).mistakes.map((mistake) => ({
        params: { lang: locale, [key]: String(mistake.data[key]) } as { lang: Locale } & Record<typeof key, string>,
        props: { locale, mistake },
      })),
    ),
  );
  return paths.flat();
}
