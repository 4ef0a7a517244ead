// The site's text in open formats (Markdown pages, llms.txt, TMX, TBX), put together from the content collections for
// the endpoints in src/pages/ (which stay thin). Like the components, this reads content-query and the UI strings; the
// formats themselves are pure functions beside it.
import { getArticle, getGlossary, type IntroductionEntry, type MistakeEntry } from '../content-query.ts';
import { toAbsoluteUrl } from '../base-path.ts';
import { getTermSide } from '../glossary/localize.ts';
import { getArticlePath, getGlossaryPath, getHomePath, getMistakePath } from '../locale-path.ts';
import { contentLocales, getLanguageTag, getWrittenLocale, locales, translationPairs, type Locale, type TranslationPair } from '../locales.ts';
import { splitMarkdownParagraphs } from '../markdown-paragraphs.ts';
import { useTranslations } from '../../i18n/index.ts';
import { getAlignedPairs } from './aligned-pairs.ts';
import { readTranslationFiles } from './content-files.ts';
import { toAbsoluteLinks, toMarkdownPage, type MarkdownSection } from './markdown-text.ts';
import { toTbx } from './tbx.ts';
import { toTmx } from './tmx.ts';

type Site = URL | string | undefined;

/**
 * The translation the aligned text publishes with its original: the locale table's first (`en` of `zh`). The formats
 * hold one language pair each; a further translation is on the site and in the drift guard, not (yet) in them.
 */
function getPublishedTranslation(): TranslationPair {
  const [pair] = translationPairs;
  if (!pair) throw new Error('src/lib/locales.ts: no locale translates another (`translates`), so there is no aligned text to publish');
  return pair;
}

/** The Markdown twin of a page: `index.md` beside its `index.html`, e.g. `/en/mistakes/x/index.md`. */
export function getMarkdownPath(pagePath: string): string {
  return `${pagePath}index.md`;
}

/** Where the aligned text is published (root-relative): the translation memory, the termbase, the two llms files. */
export const alignedTextPaths = { tmx: '/article.tmx', tbx: '/glossary.tbx', llms: '/llms.txt', llmsFull: '/llms-full.txt' } as const;

function paragraphsOf(entry: MistakeEntry | IntroductionEntry, site: Site): string[] {
  return splitMarkdownParagraphs(entry.body ?? '').map((text) => toAbsoluteLinks(text, (path) => toAbsoluteUrl(path, site ?? '')));
}

function footer(locale: Locale, introduction: IntroductionEntry, pagePath: string, site: Site): string[] {
  const t = useTranslations(locale);
  const { author, source } = introduction.data;
  return [
    t('attribution.author', { name: author.name, affiliation: author.affiliation }),
    `${t('attribution.source', { source: source.name })} <${source.url}>`,
    t('attribution.translation'),
    t('article.printedFrom', { url: toAbsoluteUrl(pagePath, site ?? '') }),
  ];
}

function mistakeSection(locale: Locale, mistake: MistakeEntry, site: Site): MarkdownSection {
  const t = useTranslations(locale);
  return { heading: t('mistake.labelWithTitle', { number: mistake.data.number, title: mistake.data.title }), paragraphs: paragraphsOf(mistake, site) };
}

/** A mistake page as Markdown: its title, summary and paragraphs. */
export async function getMistakeMarkdown(locale: Locale, mistake: MistakeEntry, site: Site): Promise<string> {
  const { introduction } = await getArticle(locale);
  const t = useTranslations(locale);
  const title = t('mistake.labelWithTitle', { number: mistake.data.number, title: mistake.data.title });
  return toMarkdownPage({
    title,
    summary: mistake.data.summary,
    sections: [{ paragraphs: paragraphsOf(mistake, site) }],
    footer: footer(locale, introduction, getMistakePath(locale, mistake.data.slug), site),
  });
}

/** The home page as Markdown: the introduction, then each mistake's title and summary. */
export async function getHomeMarkdown(locale: Locale, site: Site): Promise<string> {
  const { introduction, mistakes } = await getArticle(locale);
  const t = useTranslations(locale);
  const list = mistakes
    .map((m) => `${m.data.number}. [${m.data.title}](${toAbsoluteUrl(getMarkdownPath(getMistakePath(locale, m.data.slug)), site ?? '')}): ${m.data.summary}`)
    .join('\n');
  const sections = [
    { heading: t('home.introductionHeading'), paragraphs: paragraphsOf(introduction, site) },
    { heading: t('home.mistakesHeading'), paragraphs: [list] },
  ];
  return toMarkdownPage({
    title: introduction.data.title,
    summary: introduction.data.summary,
    sections,
    footer: footer(locale, introduction, getHomePath(locale), site),
  });
}

/** The whole article as Markdown: the introduction and every mistake in order. */
export async function getArticleMarkdown(locale: Locale, site: Site): Promise<string> {
  const { introduction, mistakes } = await getArticle(locale);
  const t = useTranslations(locale);
  const sections = [
    { heading: t('home.introductionHeading'), paragraphs: paragraphsOf(introduction, site) },
    ...mistakes.map((m) => mistakeSection(locale, m, site)),
  ];
  return toMarkdownPage({
    title: introduction.data.title,
    summary: introduction.data.summary,
    sections,
    footer: footer(locale, introduction, getArticlePath(locale), site),
  });
}

/** The glossary as Markdown: each term, its definition, and its forms in the other written languages (as on the page). */
export async function getGlossaryMarkdown(locale: Locale, site: Site): Promise<string> {
  const [{ introduction }, terms] = await Promise.all([getArticle(locale), getGlossary()]);
  const t = useTranslations(locale);
  const others = contentLocales.filter((other) => other !== getWrittenLocale(locale));
  const sections = terms.map((term) => {
    const side = getTermSide(term, locale);
    const otherForms = others.map((other) => `${t(`glossary.otherForm.${other}` as const)} ${getTermSide(term, other).term}`);
    return { heading: side.term, paragraphs: [side.definition, ...otherForms] };
  });
  return toMarkdownPage({ title: t('glossary.title'), sections, footer: footer(locale, introduction, getGlossaryPath(locale), site) });
}

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
        ...mistakes.map((m) => ({
          locale,
          path: getMistakePath(locale, m.data.slug),
          title: t('mistake.labelWithTitle', { number: m.data.number, title: m.data.title }),
          summary: m.data.summary,
        })),
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

/** `/article.tmx`: the aligned paragraph pairs whose translation is up to date, the original as source (zh-CN → en). */
export async function getTmx(contentDir: string): Promise<string> {
  const { source, target } = getPublishedTranslation();
  const { introduction } = await getArticle(target);
  const files = readTranslationFiles(contentDir).filter((file) => file.pair.target === target);
  return toTmx(getAlignedPairs(files), {
    sourceLang: getLanguageTag(source),
    targetLang: getLanguageTag(target),
    adminLang: getLanguageTag(target),
    tool: 'customer-segmentation-mistakes',
    toolVersion: '1',
    note: `${introduction.data.title}: ${useTranslations(target)('attribution.translation')}`,
  });
}

/** `/glossary.tbx`: the glossary as a TBX-Basic termbase, the original's side and the translation's (zh-CN, en). */
export async function getTbx(): Promise<string> {
  const { source, target } = getPublishedTranslation();
  const [{ introduction }, terms] = await Promise.all([getArticle(target), getGlossary()]);
  const concepts = terms.map((term) => ({
    id: term.id,
    sides: [source, target].map((locale) => {
      const side = getTermSide(term, locale);
      return { lang: getLanguageTag(locale), term: side.term, variants: side.variants, definition: side.definition };
    }),
  }));
  return toTbx(concepts, {
    title: `${introduction.data.title}: ${useTranslations(target)('glossary.title')}`,
    source: introduction.data.source.url,
    lang: getLanguageTag(target),
  });
}
