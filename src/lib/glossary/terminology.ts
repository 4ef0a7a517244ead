import { getLanguageName, translationPairs, type ContentLocale } from '../locales.ts';
import { identifyParagraphs } from '../markdown-paragraphs.ts';
import type { GlossaryTerm } from './schema.ts';
import { createTermMatcher } from './term-matcher.ts';

/** One side of an aligned paragraph pair: its locale, its file (from the project root) and its text. */
export interface AlignedParagraph {
  locale: ContentLocale;
  file: string;
  text: string;
}

/** Two aligned paragraphs (same id): one of a content file (`source`) and its translation's (`target`). */
export interface ParagraphPair {
  id: string;
  source: AlignedParagraph;
  target: AlignedParagraph;
}

/** A glossary term found in a text: the term, the form written there and where it starts. */
export interface TermOccurrence {
  term: GlossaryTerm;
  form: string;
  index: number;
}

/**
 * Finds the glossary terms in a text of one written locale, by that locale's `term` and `variants` (aliases are readers'
 * words, not the text's). Overlapping terms: at each position the longest form wins and the text after it is
 * searched next, so 客户细分 counts as 客户细分 and not also as a shorter term inside it, while
 * 服务营销对策 holds both 服务营销 and 对策.
 * @example findTerms('高资产的客户', terms, 'zh') // [{ term: high-asset-customers, form: '高资产的客户', index: 0 }]
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], locale: ContentLocale): TermOccurrence[] {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const find = createTermMatcher(terms.map((term) => ({ id: term.id, forms: [term[locale].term, ...term[locale].variants] })));
  return find(text).flatMap(({ id, index, text: form }) => {
    const term = byId.get(id);
    return term ? [{ term, form, index }] : [];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const han = /\p{Script=Han}/u;

/**
 * Returns true when a text holds a form of a term: as whole words, in any case and spacing (`high-asset customers`
 * matches "High-asset  customers" but not "high-asset customersX"); a form in Han characters anywhere, as Han text
 * puts no space between words.
 */
export function hasTermForm(text: string, form: string): boolean {
  const pattern = escapeRegExp(form.trim()).replace(/\s+/g, '\\s+');
  // Link targets are not words of the paragraph: `[text](/en/…)` counts as `[text]`.
  const words = text.replace(/\]\([^)]*\)/g, ']');
  if (han.test(form)) return new RegExp(pattern, 'u').test(words);
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(words);
}

function quoteAll(forms: readonly string[]): string {
  return forms.map((form) => `"${form}"`).join(', ');
}

/**
 * The terminology check, per pair of aligned paragraphs: a glossary term in the source paragraph requires the target
 * locale's term or one of its declared variants in the translated paragraph. Returns one message per missing term,
 * naming the translation's file, the paragraph id and the term; an empty list means all is rendered.
 * @example 'content/en/mistakes/segmenting-by-assets.mdx: p-3-1: 高资产客户 must be rendered as "high-asset customers" (or a declared variant: "high-asset customer"), but the English paragraph has none of them'
 */
export function findTerminologyProblems(pairs: readonly ParagraphPair[], terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  for (const { id, source, target } of pairs) {
    const seen = new Set<string>();
    for (const { term, form } of findTerms(source.text, terms, source.locale)) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      const { term: rendering, variants } = term[target.locale];
      if ([rendering, ...variants].some((candidate) => hasTermForm(target.text, candidate))) continue;
      const original = term[source.locale].term;
      const written = form === original ? original : `${original} (written ${form})`;
      const alternatives = variants.length > 0 ? ` (or a declared variant: ${quoteAll(variants)})` : '';
      const language = getLanguageName(target.locale);
      problems.push(`${target.file}: ${id}: ${written} must be rendered as "${rendering}"${alternatives}, but the ${language} paragraph has none of them`);
    }
  }
  return problems;
}

/** A content file as the terminology check needs it: where it is, its body and its paragraph ids. */
export interface ParagraphSource {
  /** Path from the project root: `content/<locale>/…/<name>.mdx`. */
  filePath: string;
  body: string;
  data: { paragraphs: readonly string[] };
}

/**
 * Pairs the paragraphs of each file of a translated locale's source with those of its twin in the translation (same
 * path under `content/<target>/`; the locale table's `translates`), by the front matter's paragraph ids. Files without
 * a twin are skipped: the content rules report them.
 */
export function getParagraphPairs(files: readonly ParagraphSource[]): ParagraphPair[] {
  const byPath = new Map(files.map((file) => [file.filePath, file]));
  const pairs: ParagraphPair[] = [];
  for (const { source, target } of translationPairs) {
    const sourceFolder = `content/${source}/`;
    for (const sourceFile of files.filter((file) => file.filePath.startsWith(sourceFolder))) {
      const targetFile = byPath.get(`content/${target}/${sourceFile.filePath.slice(sourceFolder.length)}`);
      if (!targetFile) continue;
      const original = identifyParagraphs(sourceFile.filePath, sourceFile.body, sourceFile.data.paragraphs);
      const translated = identifyParagraphs(targetFile.filePath, targetFile.body, targetFile.data.paragraphs);
      const texts = new Map(translated.map((paragraph) => [paragraph.id, paragraph.text]));
      for (const paragraph of original) {
        const text = texts.get(paragraph.id);
        if (text === undefined) continue;
        pairs.push({
          id: paragraph.id,
          source: { locale: source, file: sourceFile.filePath, text: paragraph.text },
          target: { locale: target, file: targetFile.filePath, text },
        });
      }
    }
  }
  return pairs;
}
