import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import { hasTermForm } from '../../src/lib/glossary/terminology.ts';
import { checkSynonymRules, parseSynonyms } from '../../src/lib/search/synonyms-schema.ts';
import { readContentTree } from '../support/content-fixtures.ts';

// The article's synonym table: the schema and rules are unit-tested on fixtures
// (test/unit/synonyms-schema.test.ts); here, what matters for this article's words.
const root = new URL('../../', import.meta.url).pathname;
const readYaml = (path: string): unknown => load(readFileSync(`${root}${path}`, 'utf8'));

describe("content/synonyms.yaml and the article's words", () => {
  const { synonyms, problems } = parseSynonyms(readYaml('content/synonyms.yaml'));
  const { terms } = checkGlossary(readYaml('content/glossary.yaml'));
  const { files } = readContentTree(`${root}content`);
  const bodies = (locale: string) =>
    [...files.introductions, ...files.mistakes]
      .filter((file) => file.filePath.startsWith(`content/${locale}/`))
      .map((file) => file.body)
      .join('\n\n');

  it('passes the schema, and repeats no glossary term, variant or alias', () => {
    expect(problems).toEqual([]);
    expect(synonyms ? checkSynonymRules(synonyms, terms) : ['no table']).toEqual([]);
  });

  it("leads every reader's word to a word the article's text uses", () => {
    const missing = [
      ...(synonyms?.en ?? []).filter((entry) => !hasTermForm(bodies('en'), entry.means)).map((entry) => `en: ${entry.means}`),
      ...(synonyms?.zh ?? []).filter((entry) => !bodies('zh').includes(entry.means)).map((entry) => `zh: ${entry.means}`),
    ];
    expect(missing).toEqual([]);
  });
});
