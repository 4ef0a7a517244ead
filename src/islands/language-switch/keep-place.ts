/** localStorage key of the language a reader chose; the chooser at `/` reads it. */
export const localeStorageKey = 'kb-locale';

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment; // A malformed escape in a hand-typed URL is not an id of ours anyway.
  }
}

/** Returns the id of the paragraph the reader is at: the URL fragment, else the first paragraph below the reading line once scrolled. */
export function getCurrentParagraphId(doc: Document): string | undefined {
  const hash = safeDecode(doc.location.hash.slice(1));
  if (hash && doc.getElementById(hash)) return hash;
  if ((doc.defaultView?.scrollY ?? 0) < 1) return undefined;
  // The reading line sits a little below the top edge: a paragraph whose last line peeks out above it is behind the reader.
  const readingLine = (doc.defaultView?.innerHeight ?? 0) * 0.2;
  for (const paragraph of doc.querySelectorAll<HTMLElement>('[data-paragraph][id]')) {
    if (paragraph.getBoundingClientRect().bottom > readingLine) return paragraph.id;
  }
  return undefined;
}

/**
 * Makes links marked `data-keep-place` (the language switch) carry the reader's paragraph
 * to the other language, whose paragraph ids are the same, and remembers the chosen language.
 */
export function installKeepPlace(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-place]');
    if (!link) return;
    const paragraph = getCurrentParagraphId(doc);
    link.hash = paragraph ? `#${paragraph}` : '';
    const locale = link.dataset.locale;
    try {
      if (locale) localStorage.setItem(localeStorageKey, locale);
    } catch {
      // Storage can be disabled (private mode, policies); the switch still works without the memory.
    }
  });
}
