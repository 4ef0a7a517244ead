/**
 * British spellings folded to the American ones the English text uses (its glossary says "customer behavior"), so that a
 * reader who types either finds the same words. Only spellings, never meanings: "analysis" stays "analysis", and forms
 * that are words of their own either way ("analyses", "practise") are left alone.
 * Both sides meet on the American form: the query is folded (english-stems.ts, query-words.ts), and a page whose text
 * uses British spellings is indexed with their American forms as hidden text (getFoldedSpellings, SearchAliases.astro).
 */

/** Words whose British form is not a root plus a regular ending. */
const wholeWords: Readonly<Record<string, string>> = {
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  centre: 'center',
  centres: 'centers',
  centred: 'centered',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  catalogued: 'cataloged',
  dialogue: 'dialog',
  dialogues: 'dialogs',
  programme: 'program',
  programmes: 'programs',
  licence: 'license',
  licences: 'licenses',
  defence: 'defense',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
};

/** -our roots: any word they begin ("behavioural", "favourite") drops the u. */
const ourRoots = ['behaviour', 'favour', 'colour', 'labour', 'honour', 'neighbour', 'flavour', 'rumour', 'endeavour'];

/** -ise verbs, folded with their regular endings only ("organisation", "personalised"), not as bare prefixes. */
const iseRoots = [
  'organis',
  'personalis',
  'prioritis',
  'categoris',
  'optimis',
  'maximis',
  'minimis',
  'recognis',
  'realis',
  'utilis',
  'customis',
  'standardis',
  'characteris',
  'summaris',
  'monetis',
  'incentivis',
  'digitalis',
  'globalis',
  'capitalis',
];
const iseEnding = /^(e|es|ed|ing|ation|ations|er|ers)$/;

/** Doubled l before an ending ("modelling", "travelled", "cancelled"). */
const doubledL = ['modell', 'travell', 'cancell', 'labell', 'channell', 'signall', 'fuell'];
const doubledEnding = /^(ing|ed|er|ers)$/;

/** One word (any case) in its American spelling, lower case; a word with no British spelling is returned lower-cased. */
export function foldSpelling(word: string): string {
  const lower = word.toLowerCase();
  const whole = wholeWords[lower];
  if (whole) return whole;
  for (const root of ourRoots) if (lower.startsWith(root)) return root.slice(0, -2) + 'r' + lower.slice(root.length);
  for (const root of iseRoots)
    if (lower.startsWith(root) && iseEnding.test(lower.slice(root.length))) return `${root.slice(0, -1)}z${lower.slice(root.length)}`;
  for (const root of doubledL) if (lower.startsWith(root) && doubledEnding.test(lower.slice(root.length))) return root.slice(0, -1) + lower.slice(root.length);
  return lower;
}

/** Every Latin word of a text in its American spelling; other text stays as it is. */
export function foldSpellings(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => (foldSpelling(word) === word.toLowerCase() ? word : foldSpelling(word)));
}

/** The American forms of a text's British spellings, each once, for indexing with it ("behaviour" → "behavior"). */
export function getFoldedSpellings(text: string): string[] {
  const folded = [...text.matchAll(/[A-Za-z]+/g)].map((match) => match[0]).filter((word) => foldSpelling(word) !== word.toLowerCase());
  return [...new Set(folded.map(foldSpelling))];
}
