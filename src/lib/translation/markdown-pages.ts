// Every page's text as plain Markdown, `index.md` beside its `index.html`, put together from the content collections for
// the endpoints in src/pages/ (which stay thin). Like the components, this reads content-query and the UI strings; the
// Markdown itself is markdown-text.ts's pure functions.
import { getArticle, getGlossary, type IntroductionEntry, type MistakeEntry } from '../content-query.ts';
import { toAbsoluteUrl } from '../base-path.ts';
import { getTermSide } from '../glossary/localize.ts';
import { getArticlePath, getGlossaryPath, getHomePath, getMistakePath } from '../locale-path.ts';
import { contentLocales, getWrittenLocale, type Locale } from '../locales.ts';
import { splitMarkdownParagraphs } from '../markdown-paragraphs.ts';
import { useTranslations } from '../../i18n/index.ts';
import { toAbsoluteLinks, toMarkdownPage, type MarkdownSection } from './markdown-text.ts';

/** The site's address, as Astro gives it (undefined when SITE_URL is not set): links in the Markdown are absolute under it. */
export type Site = URL | string | undefined;

/** The Markdown twin of a page: `index.md` beside its `index.html`, e.g. `/en/mistakes/x/index.md`. */
export function getMarkdownPath(pagePath: string): string {
  return `${pagePath}index.md`;
}

/** A text's paragraphs as a section, under `heading` if given; its links absolute, since the page is read on its own. */
function textSection(entry: MistakeEntry | IntroductionEntry, site: Site, heading?: string): MarkdownSection {
  const paragraphs = splitMarkdownParagraphs(entry.body ?? '').map((text) => toAbsoluteLinks(text, (path) => toAbsoluteUrl(path, site ?? '')));
  return heading === undefined ? { paragraphs } : { heading, paragraphs };
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

/** A mistake's title as its page and the whole article head it: "Mistake 3: …". */
export function getMistakeTitle(locale: Locale, mistake: MistakeEntry): string {
  return useTranslations(locale)('mistake.labelWithTitle', { number: mistake.data.number, title: mistake.data.title });
}

/** A mistake page as Markdown: its title, summary and paragraphs. */
export async function getMistakeMarkdown(locale: Locale, mistake: MistakeEntry, site: Site): Promise<string> {
  const { introduction } = await getArticle(locale);
  return toMarkdownPage({
    title: getMistakeTitle(locale, mistake),
    summary: mistake.data.summary,
    sections: [textSection(mistake, site)],
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
  const sections = [textSection(introduction, site, t('home.introductionHeading')), { heading: t('home.mistakesHeading'), paragraphs: [list] }];
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
    textSection(introduction, site, t('home.introductionHeading')),
    ...mistakes.map((mistake) => textSection(mistake, site, getMistakeTitle(locale, mistake))),
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
