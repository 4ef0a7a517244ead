// The aligned text for translators' tools, put together from the content collections for the endpoints in src/pages/:
// the paragraph pairs as a translation memory, the glossary as a termbase. The formats are tmx.ts's and tbx.ts's.
import { getArticle, getGlossary } from '../content-query.ts';
import { getTermSide } from '../glossary/localize.ts';
import { getLanguageTag } from '../locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { getAlignedPairs } from './aligned-pairs.ts';
import { readTranslationFiles, sourceLocale, targetLocale } from './content-files.ts';
import { toTbx } from './tbx.ts';
import { toTmx } from './tmx.ts';

/** Where the aligned text is published (root-relative): the translation memory, the termbase, the two llms files. */
export const alignedTextPaths = { tmx: '/article.tmx', tbx: '/glossary.tbx', llms: '/llms.txt', llmsFull: '/llms-full.txt' } as const;

/** `/article.tmx`: the aligned paragraph pairs whose English is up to date, zh-CN source, en target. */
export async function getTmx(contentDir: string): Promise<string> {
  const { introduction } = await getArticle(targetLocale);
  return toTmx(getAlignedPairs(readTranslationFiles(contentDir)), {
    sourceLang: getLanguageTag(sourceLocale),
    targetLang: getLanguageTag(targetLocale),
    tool: 'customer-segmentation-mistakes',
    toolVersion: '1',
    note: `${introduction.data.title}: ${useTranslations(targetLocale)('attribution.translation')}`,
  });
}

/** `/glossary.tbx`: the glossary as a TBX-Basic termbase, zh-CN and en. */
export async function getTbx(): Promise<string> {
  const [{ introduction }, terms] = await Promise.all([getArticle(targetLocale), getGlossary()]);
  const concepts = terms.map((term) => ({
    id: term.id,
    sides: [sourceLocale, targetLocale].map((locale) => {
      const side = getTermSide(term, locale);
      return { lang: getLanguageTag(locale), term: side.term, variants: side.variants, definition: side.definition };
    }),
  }));
  return toTbx(concepts, { title: `${introduction.data.title}: ${useTranslations(targetLocale)('glossary.title')}`, source: introduction.data.source.url });
}
