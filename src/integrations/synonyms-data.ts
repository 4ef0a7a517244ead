import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkGlossary } from '../lib/glossary/rules.ts';
import { checkSynonymRules, packSynonyms, parseSynonyms } from '../lib/search/synonyms-schema.ts';

/**
 * The synonym table the search island expands queries with (src/lib/search/synonyms.ts), read from
 * `<contentDir>/synonyms.yaml` when the config loads. No file: no synonyms. A bad file stops the build with every
 * problem named, rather than shipping a search that silently lost its readers' words.
 */
export function getSynonymsData(contentDir: string): Record<string, string> {
  const file = join(contentDir, 'synonyms.yaml');
  if (!existsSync(file)) return {};
  const { synonyms, problems } = parseSynonyms(load(readFileSync(file, 'utf8')));
  const glossaryFile = join(contentDir, 'glossary.yaml');
  const { terms } = existsSync(glossaryFile) ? checkGlossary(load(readFileSync(glossaryFile, 'utf8'))) : { terms: [] };
  const all = synonyms ? [...problems, ...checkSynonymRules(synonyms, terms)] : problems;
  if (all.length > 0 || !synonyms) throw new Error(`The synonym table has problems:\n${all.join('\n')}`);
  return packSynonyms(synonyms);
}
