import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { readContentTree } from './content-fixtures.ts';

// The article's own content files (content/), for the tests that check its words rather than the built pages.
const root = new URL('../../', import.meta.url).pathname;

/** A YAML file of the project, parsed, e.g. `content/glossary.yaml`. */
export function readArticleYaml(path: string): unknown {
  return load(readFileSync(`${root}${path}`, 'utf8'));
}

/** The article's content files, read once, and every body of a written locale as one text, paragraphs apart. */
export function readArticleContent() {
  const { files } = readContentTree(`${root}content`);
  const text = (locale: string): string =>
    [...files.introductions, ...files.mistakes]
      .filter((file) => file.filePath.startsWith(`content/${locale}/`))
      .map((file) => file.body)
      .join('\n\n');
  return { files, text };
}
