import { contentLocales, type ContentLocale } from '../locales.ts';
import { glossaryFile, parseGlossary, type GlossaryTerm } from './schema.ts';

type Kind = 'term' | 'variant' | 'alias';

interface Owner {
  id: string;
  kind: Kind;
  /** The word as this term spells it. */
  word: string;
}

/** Compares words as readers and the checks do: case and spacing aside. */
export function toWordKey(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLowerCase();
}

function describe(term: GlossaryTerm): string {
  return contentLocales.map((locale) => term[locale].term).join(' / ');
}

/** Every word of a language (term, variants, aliases) with the terms that claim it, one claim per term. */
function claimsOf(terms: readonly GlossaryTerm[], language: ContentLocale): Owner[][] {
  const claims = new Map<string, Owner[]>();
  for (const term of terms) {
    const side = term[language];
    const own: [string, Kind][] = [
      [side.term, 'term'],
      ...side.variants.map((word): [string, Kind] => [word, 'variant']),
      ...side.aliases.map((word): [string, Kind] => [word, 'alias']),
    ];
    for (const [word, kind] of own) {
      const owners = claims.get(toWordKey(word)) ?? [];
      if (!owners.some((owner) => owner.id === term.id)) owners.push({ id: term.id, kind, word });
      claims.set(toWordKey(word), owners);
    }
  }
  return [...claims.values()];
}

/**
 * Checks the rules that span glossary entries (the schema checks each entry alone) and returns one
 * message per problem, naming the file and the term: an id used twice, a term defined twice (in either
 * language), a variant or alias that belongs to two terms. An empty list means the glossary is sound.
 */
export function findGlossaryProblems(terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  for (const [id, entries] of Map.groupBy(terms, (term) => term.id)) {
    if (entries.length < 2) continue;
    problems.push(
      `${glossaryFile}: ${id}: the id is used by ${entries.length} terms (${entries.map(describe).join(', ')}); ids are page anchors and must be unique`,
    );
  }
  for (const language of contentLocales) {
    for (const owners of claimsOf(terms, language)) {
      // Named after the last entry that claims the word: usually the one just added.
      const subject = owners.at(-1);
      if (!subject || owners.length < 2) continue;
      const others = owners
        .slice(0, -1)
        .map((owner) => `the ${owner.kind} of ${owner.id}`)
        .join(' and ');
      const advice = owners.every((owner) => owner.kind === 'term') ? 'define each term once' : 'a word may lead to one term only';
      problems.push(`${glossaryFile}: ${subject.id}: its ${language} ${subject.kind} "${subject.word}" is also ${others}; ${advice}`);
    }
  }
  return problems;
}

/**
 * Validates the parsed `content/glossary.yaml` with the schema, then the cross-entry rules, and returns
 * the terms with the messages of the first stage that fails (as the build reports them); no messages, no problem.
 */
export function checkGlossary(data: unknown): { terms: GlossaryTerm[]; problems: string[] } {
  const { terms, problems } = parseGlossary(data);
  if (problems.length > 0) return { terms: [], problems };
  const crossEntry = findGlossaryProblems(terms);
  return { terms: crossEntry.length > 0 ? [] : terms, problems: crossEntry };
}
