/** The forms of one term to look for in a text: its word and the other forms the text may use. */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/** A term found in a text: which, where, and as written there. */
export interface TermMatch {
  id: string;
  index: number;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns a function that finds glossary terms in a text, in order: at each place the longest form wins (客户细分 is
 * not also 客户); forms with Latin letters match as whole words in any case ("High-asset customers"), Chinese forms anywhere.
 * @example createTermMatcher([{ id: 'goal', forms: ['goal', 'goals'] }])('Goals first.') // [{ id: 'goal', index: 0, text: 'Goals' }]
 */
export function createTermMatcher(terms: readonly TermForms[]): (text: string) => TermMatch[] {
  const forms = terms.flatMap(({ id, forms: written }) => written.map((form) => ({ id, form }))).sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return () => [];
  const byForm = new Map(forms.map(({ id, form }) => [form.toLowerCase(), id]));
  const pattern = forms
    .map(({ form }) => {
      const escaped = escapeRegExp(form).replace(/\s+/g, '\\s+');
      return /\p{Script=Latin}/u.test(form) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
    })
    .join('|');
  const regex = new RegExp(pattern, 'giu');
  return (text) =>
    [...text.matchAll(regex)].flatMap((match) => {
      const id = byForm.get(match[0].toLowerCase().replace(/\s+/g, ' '));
      return id === undefined ? [] : [{ id, index: match.index, text: match[0] }];
    });
}
