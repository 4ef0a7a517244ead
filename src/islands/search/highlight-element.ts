import { pathWithBase } from '../../lib/base-path.ts';
import { searchRuntimePath } from '../../lib/search/bundle-path.ts';
import { highlightParam } from '../../lib/search/highlight.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

/**
 * `<kb-highlight>`: loaded when a reader arrives from a search result (`?highlight=…`), it marks their words in the
 * article with Pagefind's own highlighter.
 */
class HighlightElement extends HTMLElement {
  connectedCallback(): void {
    const url = pathWithBase(`${searchRuntimePath}pagefind-highlight.js`);
    import(/* @vite-ignore */ url).then(
      ({ default: PagefindHighlight }: { default: new (options: PagefindHighlightOptions) => unknown }) =>
        new PagefindHighlight({
          highlightParam,
          addStyles: false, // site.css styles <mark> for light and dark
          // Only what the reader sees: never the hidden aliases indexed with the page (SearchAliases.astro).
          markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[hidden]', '[hidden] *'] },
        }),
      () => undefined, // Offline without the highlighter: the page reads the same, unmarked.
    );
  }
}

if (!customElements.get('kb-highlight')) customElements.define('kb-highlight', HighlightElement);
