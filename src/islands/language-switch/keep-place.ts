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
  return getParagraphAtReadingLine(doc);
}

function getParagraphAtReadingLine(doc: Document): string | undefined {
  if ((doc.defaultView?.scrollY ?? 0) < 1) return undefined;
  // The reading line sits a little below the top edge: a paragraph whose last line peeks out above it is behind the reader.
  const readingLine = (doc.defaultView?.innerHeight ?? 0) * 0.2;
  for (const paragraph of doc.querySelectorAll<HTMLElement>('[data-paragraph][id]')) {
    if (paragraph.getBoundingClientRect().bottom > readingLine) return paragraph.id;
  }
  return undefined;
}

/**
 * Remembers the paragraph at the reading line each time the reader scrolls down. On phones the header does not stick, so
 * a reader scrolls back up to reach the language switch: they should land where they were reading, not at the top.
 */
function trackReading(doc: Document): () => string | undefined {
  const view = doc.defaultView;
  let read: string | undefined;
  let lastY = view?.scrollY ?? 0;
  let pending = false;
  view?.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      view.requestAnimationFrame(() => {
        pending = false;
        if (view.scrollY > lastY) read = getParagraphAtReadingLine(doc) ?? read;
        lastY = view.scrollY;
      });
    },
    { passive: true },
  );
  return () => read;
}

/**
 * Makes links marked `data-keep-place` (the language switch) carry the reader's paragraph
 * to the other language, whose paragraph ids are the same, and remembers the chosen language.
 */
export function installKeepPlace(doc: Document): void {
  const lastRead = trackReading(doc);
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-place]');
    if (!link) return;
    const header = link.closest('header');
    const scrolledBackToHeader = header !== null && getComputedStyle(header).position !== 'sticky';
    const paragraph = (scrolledBackToHeader && !doc.location.hash ? lastRead() : undefined) ?? getCurrentParagraphId(doc);
    link.hash = paragraph ? `#${paragraph}` : '';
    const locale = link.dataset.locale;
    try {
      if (locale) localStorage.setItem(localeStorageKey, locale);
    } catch {
      // Storage can be disabled (private mode, policies); the switch still works without the memory.
    }
  });
}
