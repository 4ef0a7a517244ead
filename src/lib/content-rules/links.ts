import { localeOf, type ArticleFiles } from './files.ts';

/** Finds root-relative links in Markdown/MDX source: `[text](/en/…)` and `href="/zh/…"`. */
export function findInternalLinks(body: string): string[] {
  const links: string[] = [];
  for (const match of body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
    links.push(match[1] ?? match[2] ?? '');
  }
  return links;
}

/**
 * Returns every page path and paragraph target the article's content defines,
 * e.g. `/en/`, `/en/mistakes/segmenting-by-assets/` and `/en/mistakes/segmenting-by-assets/#p-3-2`.
 */
export function getLinkTargets(files: ArticleFiles): Set<string> {
  const targets = new Set<string>();
  for (const intro of files.introductions) {
    const home = `/${localeOf(intro)}/`;
    targets.add(home);
    for (const id of intro.data.paragraphs) targets.add(`${home}#${id}`);
  }
  for (const mistake of files.mistakes) {
    const page = `/${localeOf(mistake)}/mistakes/${mistake.data.slug}/`;
    targets.add(page);
    for (const id of mistake.data.paragraphs) targets.add(`${page}#${id}`);
  }
  return targets;
}

/** Paragraph ids are unique within a language (they are anchors on the whole-article page). */
export function findParagraphIdProblems(files: ArticleFiles): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files.mistakes, ...files.introductions]) {
    for (const id of file.data.paragraphs) {
      const key = `${localeOf(file)}#${id}`;
      const earlier = seen.get(key);
      if (earlier) problems.push(`${file.filePath}: paragraph id "${id}" is also used by ${earlier}`);
      else seen.set(key, file.filePath);
    }
  }
  return problems;
}

/** Every root-relative link in a body points to a page or paragraph the content defines. */
export function findBrokenLinks(files: ArticleFiles): string[] {
  const targets = getLinkTargets(files);
  const problems: string[] = [];
  for (const file of [...files.mistakes, ...files.introductions]) {
    for (const link of findInternalLinks(file.body)) {
      if (!targets.has(link)) problems.push(`${file.filePath}: internal link "${link}" points to no page or paragraph`);
    }
  }
  return problems;
}
