import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkGlossary } from '../../lib/glossary/rules.ts';
import { getTermSide } from '../../lib/glossary/localize.ts';
import type { TermForms } from '../../lib/glossary/term-matcher.ts';
import type { Locale } from '../../lib/locales.ts';

/**
 * The glossary's terms as the Markdown plugin looks for them in one locale's text (the term and its other forms).
 * Read once from `<contentDir>/glossary.yaml` when the config loads; a missing or invalid glossary links nothing here,
 * and the build reports its problems through the content collection.
 */
export function getGlossaryTermForms(contentDir: string): (locale: Locale) => TermForms[] {
  const file = join(contentDir, 'glossary.yaml');
  const { terms } = existsSync(file) ? checkGlossary(load(readFileSync(file, 'utf8'))) : { terms: [] };
  return (locale) =>
    terms.map((term) => {
      const side = getTermSide(term, locale);
      return { id: term.id, forms: [side.term, ...side.variants] };
    });
}
