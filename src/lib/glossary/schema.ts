import { z } from 'astro/zod';

/** Where the glossary lives, named in every message about it. */
export const glossaryFile = 'content/glossary.yaml';

const termId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case English words joined by hyphens (it is the term\'s page anchor)');
const word = z.string().trim().min(1, 'must not be empty');
const words = z.array(word);
const chinese = /\p{Script=Han}/u;

// One sentence: the definition is shown beside the term and in a popover, so it must stay short.
const zhDefinition = z
  .string()
  .trim()
  .regex(/^[^。！？]+[。！？]$/, 'must be one sentence, ending with 。');
const enDefinition = z
  .string()
  .trim()
  .regex(/^[A-Z][^]*[.!?]$/, 'must be one sentence, starting with a capital and ending with a full stop')
  .refine((text) => !/[.!?]\s+[A-Z]/.test(text.slice(0, -1)), 'must be one sentence, not several');

/** The Chinese side of a term: the article's word, other forms of it in the text, a definition, readers' words. */
const zhSide = z.strictObject({
  term: word.regex(chinese, 'must be written in Chinese'),
  variants: words.default([]).describe('other forms of the term in the Chinese text (高资产的客户 for 高资产客户), for the terminology check'),
  definition: zhDefinition,
  aliases: words.describe('words readers type that the text does not use (富裕客户), for search'),
});

/** The English side of a term: our one rendering, its accepted variants, a definition, readers' words. */
const enSide = z.strictObject({
  term: word.refine((text) => !chinese.test(text), 'must be written in English'),
  variants: words.describe('other accepted renderings in our English text (plural, -ing form …), for the terminology check'),
  definition: enDefinition,
  aliases: words.describe('words readers type that the text does not use ("rich clients"), for search'),
});

/** One entry of `content/glossary.yaml`: a term of the article in both languages. Unknown keys are errors. */
export const glossaryTermSchema = z.strictObject({
  id: termId,
  zh: zhSide,
  en: enSide,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The whole of `content/glossary.yaml`: a list of terms (the pages order them by first use in the article). */
export const glossarySchema = z.array(glossaryTermSchema).min(1, 'must list at least one term');

/**
 * Validates parsed glossary data (the YAML already loaded) and returns the terms, or one message per
 * schema problem, each naming the file, the term (its id, or its position) and the field.
 * @example 'content/glossary.yaml: high-asset-customers: en.definition: Invalid input: expected string, received undefined'
 */
export function parseGlossary(data: unknown): { terms: GlossaryTerm[]; problems: string[] } {
  const parsed = glossarySchema.safeParse(data);
  if (parsed.success) return { terms: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    if (typeof index !== 'number') return `${glossaryFile}: ${issue.message}`;
    const entry: unknown = Array.isArray(data) ? data[index] : undefined;
    const id = entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? entry.id : `term ${index + 1}`;
    return `${glossaryFile}: ${id}: ${field.join('.') || '(entry)'}: ${issue.message}`;
  });
  return { terms: [], problems };
}
