/** localStorage key of the language a reader chose; the chooser at `/` reads it. */
export const localeStorageKey = 'kb-locale';

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment; // A malformed escape in a hand-typed URL is not an id of ours anyway.
  }
}

/** Returns the id of the paragraph the reader is at: the URL fragment, else the paragraph at the reading line once scrolled. */
export function getCurrentParagraphId(doc: Document): string | undefined {
  const hash = safeDecode(doc.location.hash.slice(1));
  if (hash && doc.getElementById(hash)) return hash;
  return getParagraphAtReadingLine(doc);
}

/**
 * The paragraph being read, from each paragraph's top and bottom on screen and the reading line (a fifth of the way down
 * what the sticky header leaves visible): the paragraph the line crosses; else, when the line falls between paragraphs
 * or below the last, the last one that ends above it. (Taking the first below the line lost a short last paragraph
 * read just under the header: none lay below it, and the switch opened the top of the page.)
 * @example pickParagraphAt([{ id: 'p-1', top: -300, bottom: -20 }, { id: 'p-2', top: 70, bottom: 110 }], 150) // 'p-2'
 */
export function pickParagraphAt(paragraphs: readonly { id: string; top: number; bottom: number }[], line: number): string | undefined {
  let above: string | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.top <= line && paragraph.bottom > line) return paragraph.id;
    if (paragraph.bottom <= line) above = paragraph.id;
  }
  return above;
}

function getParagraphAtReadingLine(doc: Document): string | undefined {
  const view = doc.defaultView;
  if (!view || view.scrollY < 1) return undefined;
  const header = doc.querySelector('.site-header');
  const covered = header && getComputedStyle(header).position === 'sticky' ? Math.max(header.getBoundingClientRect().bottom, 0) : 0;
  const line = covered + (view.innerHeight - covered) * 0.2;
  const paragraphs = [...doc.querySelectorAll<HTMLElement>('[data-paragraph][id]')].map((paragraph) => {
    const { top, bottom } = paragraph.getBoundingClientRect();
    return { id: paragraph.id, top, bottom };
  });
  return pickParagraphAt(paragraphs, line);
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
