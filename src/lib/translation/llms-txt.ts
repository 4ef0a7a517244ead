// The site for assistants (llmstxt.org): `/llms.txt`, an index of every Markdown page by language, and `/llms-full.txt`,
// the whole article in both languages. Put together from the content collections for the endpoints in src/pages/.
import { getArticle } from '../content-query.ts';
import { toAbsoluteUrl } from '../base-path.ts';
import { getArticlePath, getGlossaryPath, getHomePath, getMistakePath } from '../locale-path.ts';
import { getLanguageTag, locales, type Locale } from '../locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { alignedTextPaths, getPublishedTranslation } from './aligned-files.ts';
import { getArticleMarkdown, getMarkdownPath, getMistakeTitle, type Site } from './markdown-pages.ts';

/** Every page with a Markdown twin, per language: home, the whole article, the glossary, each mistake. */
export async function getMarkdownPagePaths(): Promise<{ locale: Locale; path: string; title: string; summary: string }[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const { introduction, mistakes } = await getArticle(locale);
      const t = useTranslations(locale);
      return [
        { locale, path: getHomePath(locale), title: introduction.data.title, summary: introduction.data.summary },
        { locale, path: getArticlePath(locale), title: t('article.pageTitle', { title: introduction.data.title }), summary: t('article.description') },
        { locale, path: getGlossaryPath(locale), title: t('glossary.title'), summary: t('glossary.description') },
        ...mistakes.map((m) => ({ locale, path: getMistakePath(locale, m.data.slug), title: getMistakeTitle(locale, m), summary: m.data.summary })),
      ];
    }),
  );
  return perLocale.flat();
}

/**
 * `/llms.txt` (llmstxt.org): the article's title and summary in the translation and its original, then a link to every
 * Markdown page by language.
 */
export async function getLlmsTxt(site: Site): Promise<string> {
  const { source, target } = getPublishedTranslation();
  const [translation, original, pages] = await Promise.all([getArticle(target), getArticle(source), getMarkdownPagePaths()]);
  const url = (path: string) => toAbsoluteUrl(path, site ?? '');
  const lines = [
    `# ${translation.introduction.data.title} · ${original.introduction.data.title}`,
    '',
    `> ${translation.introduction.data.summary} ${original.introduction.data.summary}`,
    '',
  ];
  lines.push(`${useTranslations(target)('attribution.translation')} The whole article in both languages: ${url(alignedTextPaths.llmsFull)}`, '');
  for (const locale of locales) {
    lines.push(`## ${useTranslations(locale)('language.name')} (${getLanguageTag(locale)})`, '');
    for (const page of pages.filter((p) => p.locale === locale)) lines.push(`- [${page.title}](${url(getMarkdownPath(page.path))}): ${page.summary}`);
    lines.push('');
  }
  lines.push(
    '## Optional',
    '',
    `- [Translation memory (TMX 1.4, ${getLanguageTag(source)} → ${getLanguageTag(target)})](${url(alignedTextPaths.tmx)}): the aligned paragraph pairs`,
    `- [Termbase (TBX-Basic)](${url(alignedTextPaths.tbx)}): the glossary in both languages`,
    '',
  );
  return lines.join('\n');
}

/** `/llms-full.txt`: the whole article as Markdown, in the translation (English) and then in the original (Chinese). */
export async function getLlmsFullTxt(site: Site): Promise<string> {
  const { source, target } = getPublishedTranslation();
  const texts = await Promise.all([target, source].map((locale) => getArticleMarkdown(locale, site)));
  return texts.join('\n\n');
}
