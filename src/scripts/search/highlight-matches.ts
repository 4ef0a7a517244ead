import { getSearchBundlePath, mainSearchLocale } from '../../lib/search/bundle-path.ts';
import { highlightParam } from '../../lib/search/results.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

/** Marks the words a reader searched for (`?highlight=…`) in the article, with Pagefind's own highlighter. */
export async function highlightMatches(base: string): Promise<void> {
  const url = `${getSearchBundlePath(mainSearchLocale, base)}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: new (options: PagefindHighlightOptions) => unknown };
  new PagefindHighlight({
    highlightParam,
    addStyles: false, // site.css styles <mark> for light and dark
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
}
