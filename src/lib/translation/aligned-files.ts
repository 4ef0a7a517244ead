// The aligned text for translators' tools, put together from the content collections for the endpoints in src/pages/:
// the paragraph pairs as a translation memory, the glossary as a termbase. The formats are tmx.ts's and tbx.ts's.
import { getArticle, getGlossary } from '../content-query.ts';
import { getTermSide } from '../glossary/localize.ts';
import { getLanguageTag, translationPairs, type TranslationPair } from '../locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { getAlignedPairs } from './aligned-pairs.ts';
import { readTranslationFiles } from './content-files.ts';
import { toTbx } from './tbx.ts';
import { toTmx } from './tmx.ts';

/** Where the aligned text is published (root-relative): the translation memory, the termbase, the two llms files. */
export const alignedTextPaths = { tmx: '/article.tmx', tbx: '/glossary.tbx', llms: '/llms.txt', llmsFull: '/llms-full.txt' } as const;

/**
 * The translation the aligned text publishes with its original: the locale table's first (`en` of `zh`). The formats
 * hold one language pair each; a further translation is on the site and in the drift guard, not (yet) in them.
 */
export function getPublishedTranslation(): TranslationPair {
  const [pair] = translationPairs;
  if (!pair) throw new Error('src/lib/locales.ts: no locale translates another (`translates`), so there is no aligned text to publish');
  return pair;
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
