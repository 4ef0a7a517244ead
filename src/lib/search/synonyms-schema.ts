import { z } from 'astro/zod';
import { contentLocales, getContentScript, type ContentLocale } from '../locales.ts';
import type { GlossaryTerm } from '../glossary/schema.ts';

/** Where the synonym table lives, named in every message about it. */
export const synonymsFile = 'content/synonyms.yaml';

const hanWord = z
  .string()
  .trim()
  .regex(/^\p{Script=Han}+$/u, 'must be Chinese characters only');
const latinWord = z
  .string()
  .trim()
  .regex(/^[a-z]+$/, 'must be one lower-case word in Latin letters');

/** One entry: the words readers type, and the one word of the article's text a query should hold instead. */
function entrySchema(word: z.ZodString) {
  return z.strictObject({
    words: z.array(word).min(1, 'must list at least one word'),
    means: word.describe("a word the article's text uses"),
  });
}

/** The whole file: a list of entries per written locale, each in its locale's script. Unknown keys are errors. */
export const synonymsSchema = z.strictObject(
  Object.fromEntries(contentLocales.map((locale) => [locale, z.array(entrySchema(getContentScript(locale) === 'Han' ? hanWord : latinWord)).default([])])),
);

export type SynonymEntry = { words: string[]; means: string };
export type Synonyms = Record<ContentLocale, SynonymEntry[]>;

/**
 * Validates parsed synonym data (the YAML already loaded): one message per problem, each naming the file, the
 * locale, the entry's position (from 1) and the field.
 * @example 'content/synonyms.yaml: en 2: means: must be one lower-case word in Latin letters'
 */
export function parseSynonyms(data: unknown): { synonyms: Synonyms | undefined; problems: string[] } {
  const parsed = synonymsSchema.safeParse(data ?? {});
  if (parsed.success) return { synonyms: parsed.data as Synonyms, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const [locale, index, ...field] = issue.path;
    if (typeof index !== 'number') return `${synonymsFile}: ${[locale].filter((part) => part !== undefined).join('.') || '(file)'}: ${issue.message}`;
    return `${synonymsFile}: ${String(locale)} ${index + 1}: ${field.join('.') || '(entry)'}: ${issue.message}`;
  });
  return { synonyms: undefined, problems };
}

/**
 * The rules across files: a reader's word that the glossary already has (as a term, variant or alias, any case) would
 * be searched twice over, and may pull a query away from the term's own landing; and a word listed twice, or mapped to
 * itself, is a slip. Returns one message per problem.
 */
export function checkSynonymRules(synonyms: Synonyms, glossary: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  for (const locale of contentLocales) {
    const claimed = new Map<string, string>();
    for (const term of glossary) {
      const side = term[locale];
      for (const [word, kind] of [
        [side.term, 'term'],
        ...side.variants.map((variant) => [variant, 'variant']),
        ...side.aliases.map((alias) => [alias, 'alias']),
      ] as const) {
        claimed.set(word.toLowerCase(), `a glossary ${kind} of ${term.id}`);
      }
    }
    const seen = new Set<string>();
    for (const entry of synonyms[locale]) {
      for (const word of entry.words) {
        const glossaryUse = claimed.get(word);
        if (glossaryUse) problems.push(`${synonymsFile}: ${locale}: "${word}" is already ${glossaryUse} (content/glossary.yaml); leave it there`);
        if (seen.has(word)) problems.push(`${synonymsFile}: ${locale}: "${word}" is listed twice`);
        if (word === entry.means) problems.push(`${synonymsFile}: ${locale}: "${word}" means itself`);
        seen.add(word);
      }
    }
  }
  return problems;
}

/** The table as the search island carries it: each reader's word → the article's word, all languages in one map. */
export function packSynonyms(synonyms: Synonyms): Record<string, string> {
  return Object.fromEntries(contentLocales.flatMap((locale) => synonyms[locale].flatMap((entry) => entry.words.map((word) => [word, entry.means]))));
}
