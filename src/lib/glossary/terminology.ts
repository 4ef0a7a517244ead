import { identifyParagraphs } from '../markdown-paragraphs.ts';
import type { GlossaryTerm } from './schema.ts';

/** Two aligned paragraphs (same id) of a content file and its translation. */
export interface ParagraphPair {
  id: string;
  zhFile: string;
  enFile: string;
  zh: string;
  en: string;
}

/** A glossary term found in Chinese text: the term, the form written there and where it starts. */
export interface ChineseTermMatch {
  term: GlossaryTerm;
  form: string;
  index: number;
}

/**
 * Finds the glossary terms in a Chinese text, by `zh.term` and `zh.variants` (aliases are readers' words,
 * not the text's). Overlapping terms: at each position the longest form wins and the text after it is
 * searched next, so 客户细分 counts as 客户细分 and not also as a shorter term inside it, while
 * 服务营销对策 holds both 服务营销 and 对策.
 * @example findChineseTerms('高资产的客户', terms) // [{ term: high-asset-customers, form: '高资产的客户', index: 0 }]
 */
export function findChineseTerms(text: string, terms: readonly GlossaryTerm[]): ChineseTermMatch[] {
  const forms = terms.flatMap((term) => [term.zh.term, ...term.zh.variants].map((form) => ({ term, form }))).sort((a, b) => b.form.length - a.form.length);
  const matches: ChineseTermMatch[] = [];
  for (let index = 0; index < text.length;) {
    const found = forms.find(({ form }) => text.startsWith(form, index));
    if (!found) {
      index += 1;
      continue;
    }
    matches.push({ ...found, index });
    index += found.form.length;
  }
  return matches;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns true when an English text holds a form as whole words, in any case and spacing
 * (`high-asset customers` matches "High-asset  customers" but not "high-asset customersX").
 */
export function hasEnglishForm(text: string, form: string): boolean {
  const pattern = escapeRegExp(form.trim()).replace(/\s+/g, '\\s+');
  // Link targets are not words of the paragraph: `[text](/en/…)` counts as `[text]`.
  const words = text.replace(/\]\([^)]*\)/g, ']');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(words);
}

function quoteAll(forms: readonly string[]): string {
  return forms.map((form) => `"${form}"`).join(', ');
}

/**
 * The terminology check, per pair of aligned paragraphs: a glossary term in the Chinese paragraph requires
 * its English term or one of its declared variants in the English paragraph. Returns one message per
 * missing term, naming the English file, the paragraph id and the term; an empty list means all is rendered.
 * @example 'content/en/mistakes/segmenting-by-assets.mdx: p-3-1: 高资产客户 must be rendered as "high-asset customers" (or a declared variant: "high-asset customer"), but the English paragraph has none of them'
 */
export function findTerminologyProblems(pairs: readonly ParagraphPair[], terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const seen = new Set<string>();
    for (const { term, form } of findChineseTerms(pair.zh, terms)) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      const { term: english, variants } = term.en;
      if ([english, ...variants].some((candidate) => hasEnglishForm(pair.en, candidate))) continue;
      const written = form === term.zh.term ? term.zh.term : `${term.zh.term} (written ${form})`;
      const alternatives = variants.length > 0 ? ` (or a declared variant: ${quoteAll(variants)})` : '';
      problems.push(`${pair.enFile}: ${pair.id}: ${written} must be rendered as "${english}"${alternatives}, but the English paragraph has none of them`);
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
 * Pairs the paragraphs of each zh content file with those of its en twin (same path under `content/en/`),
 * by the front matter's paragraph ids. Files without a twin are skipped: the content rules report them.
 */
export function getParagraphPairs(files: readonly ParagraphSource[]): ParagraphPair[] {
  const byPath = new Map(files.map((file) => [file.filePath, file]));
  const pairs: ParagraphPair[] = [];
  for (const zhFile of files.filter((file) => file.filePath.startsWith('content/zh/'))) {
    const enFile = byPath.get(zhFile.filePath.replace(/^content\/zh\//, 'content/en/'));
    if (!enFile) continue;
    const zh = identifyParagraphs(zhFile.filePath, zhFile.body, zhFile.data.paragraphs);
    const en = new Map(identifyParagraphs(enFile.filePath, enFile.body, enFile.data.paragraphs).map((paragraph) => [paragraph.id, paragraph.text]));
    for (const paragraph of zh) {
      const english = en.get(paragraph.id);
      if (english !== undefined) pairs.push({ id: paragraph.id, zhFile: zhFile.filePath, enFile: enFile.filePath, zh: paragraph.text, en: english });
    }
  }
  return pairs;
}
