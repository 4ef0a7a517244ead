import { z } from 'astro/zod';
import { contentLocales, getContentScript, type ContentLocale } from '../locales.ts';

/** Where the glossary lives, named in every message about it. */
export const glossaryFile = 'content/glossary.yaml';

const termId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case English words joined by hyphens (it is the term's page anchor)");
const word = z.string().trim().min(1, 'must not be empty');
const words = z.array(word);
const chinese = /\p{Script=Han}/u;

// One sentence: the definition is shown beside the term and in a popover, so it must stay short.
const hanDefinition = z
  .string()
  .trim()
  .regex(/^[^。！？]+[。！？]$/, 'must be one sentence, ending with 。');
const latinDefinition = z
  .string()
  .trim()
  .regex(/^\p{Lu}[^]*[.!?]$/u, 'must be one sentence, starting with a capital and ending with a full stop')
  .refine((text) => !/[.!?]\s+\p{Lu}/u.test(text.slice(0, -1)), 'must be one sentence, not several');

/** A side written in Chinese characters (zh): the article's word, other forms of it in the text, a definition, readers' words. */
const hanSide = z.strictObject({
  term: word.regex(chinese, 'must be written in Chinese'),
  variants: words.default([]).describe('other forms of the term in the Chinese text (高资产的客户 for 高资产客户), for the terminology check'),
  definition: hanDefinition,
  aliases: words.describe('words readers type that the text does not use (富裕客户), for search'),
});

/** A side written in Latin letters (en): our one rendering, its accepted variants, a definition, readers' words. */
const latinSide = z.strictObject({
  term: word.refine((text) => !chinese.test(text), 'must not be written in Chinese'),
  variants: words.describe('other accepted renderings in our text (plural, -ing form …), for the terminology check'),
  definition: latinDefinition,
  aliases: words.describe('words readers type that the text does not use ("rich clients"), for search'),
});

/** One language's side of a term, whatever its script (src/lib/glossary/localize.ts's TermSide). */
type Side = z.infer<typeof latinSide>;

/** The side each written locale has in every term, by the script its row of src/lib/locales.ts names. */
function sideSchema(locale: ContentLocale): typeof hanSide | typeof latinSide {
  return getContentScript(locale) === 'Han' ? hanSide : latinSide;
}

/**
 * One entry of `content/glossary.yaml`: a term of the article with a side for each written locale (`zh:`, `en:` …; a
 * script variant shows its source's side converted). Unknown keys are errors.
 */
export const glossaryTermSchema: z.ZodType<GlossaryTerm> = z.strictObject({
  id: termId,
  ...Object.fromEntries(contentLocales.map((locale) => [locale, sideSchema(locale)])),
}) as unknown as z.ZodType<GlossaryTerm>;
/** A term: its id (the page anchor) and one side per written locale. */
export type GlossaryTerm = { id: string } & Record<ContentLocale, Side>;

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
