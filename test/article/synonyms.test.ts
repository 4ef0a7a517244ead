import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/rules.ts';
import { hasTermForm } from '../../src/lib/glossary/terminology.ts';
import { checkSynonymRules, parseSynonyms } from '../../src/lib/search/synonyms-schema.ts';
import { readArticleContent, readArticleYaml } from '../support/article-sources.ts';

// The article's synonym table: the schema and rules are unit-tested on fixtures
// (test/unit/synonyms-schema.test.ts); here, what matters for this article's words.

describe("content/synonyms.yaml and the article's words", () => {
  const { synonyms, problems } = parseSynonyms(readArticleYaml('content/synonyms.yaml'));
  const { terms } = checkGlossary(readArticleYaml('content/glossary.yaml'));
  const { text: bodies } = readArticleContent();

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
