import { toTaiwanQuotes, toTraditional, toTraditionalOwnWords } from './to-traditional.ts';

/**
 * Front matter fields that hold the site's own words, not the author's, as `parent.key` paths (`selfCheck.question`
 * for each question of the list): converted with Taiwan's vocabulary. Titles, the author's name and affiliation and
 * the body are his: converted character by character.
 */
export const ownWordFields: readonly string[] = ['summary', 'selfCheck.question', 'source.name'];

const frontMatter = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;
const field = /^(\s*(?:-\s+)?)([A-Za-z]+):/;

/** Converts front matter line by line, each value by whose words it holds (nested keys by their top-level parent). */
function convertFrontMatter(yaml: string): string {
  let parent = '';
  return yaml
    .split('\n')
    .map((line) => {
      const [, indent = '', key = ''] = field.exec(line) ?? [];
      if (key && indent === '') parent = key;
      const path = indent === '' ? key : `${parent}.${key}`;
      return ownWordFields.includes(path) ? toTraditionalOwnWords(line) : toTraditional(line);
    })
    .join('\n');
}

/**
 * Converts a content file (MDX) from Simplified to Traditional: the author's words character by character (`tw`), the
 * site's own (ownWordFields) with Taiwan's vocabulary, and every “” ‘’ to Taiwan's 「」 『』 (declared in the README).
 * @example toTraditionalContent('---\nsummary: 细分项目\n---\n细分项目') // '---\nsummary: 細分專案\n---\n細分項目'
 */
export function toTraditionalContent(source: string): string {
  const match = frontMatter.exec(source);
  const [whole = '', open = '', yaml = '', close = ''] = match ?? [];
  const head = match ? `${open}${convertFrontMatter(yaml)}${close}` : '';
  return toTaiwanQuotes(head + toTraditional(source.slice(whole.length)));
}
