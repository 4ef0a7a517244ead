import { fileURLToPath } from 'node:url';
import type { ElementContent, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { joinBase } from '../../lib/base-path.ts';
import { createTermMatcher, type TermForms } from '../../lib/glossary/term-matcher.ts';
import { getContentLocale, getGlossaryPath } from '../../lib/locale-path.ts';
import type { Locale } from '../../lib/locales.ts';

/**
 * Links the first occurrence of each glossary term in a mistake's text to its definition on the glossary page
 * (`/zh/glossary/#high-asset-customers`). A plain link around the words as written: no JavaScript, the same text for
 * search and copy-paste, paragraph ids untouched. Only text directly inside top-level paragraphs (not inside links).
 */
export function glossaryLinks({ base = '/', termsFor }: { base?: string; termsFor: (locale: Locale) => TermForms[] }): HastPluginEntry {
  const matchers = new Map<Locale, ReturnType<typeof createTermMatcher>>();
  return (factory) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    const locale = getContentLocale(path);
    if (!locale || !/[\\/]mistakes[\\/]/.test(path)) return { name: 'glossary-links' };
    let match = matchers.get(locale);
    if (!match) {
      match = createTermMatcher(termsFor(locale));
      matchers.set(locale, match);
    }
    const find = match;
    const linked = new Set<string>();
    return {
      name: 'glossary-links',
      element: [
        {
          filter: ['p'],
          visit(node, ctx) {
            if (ctx.parent(node)?.type !== 'root') return;
            for (const child of node.children) {
              if (child.type !== 'text') continue;
              const pieces = linkFirstOccurrences(child, find, linked, (id) => joinBase(base, getGlossaryPath(locale, id)));
              if (pieces) ctx.replaceNode(child, pieces);
            }
          },
        },
      ],
    };
  };
}

/** Splits a text node around the terms not linked yet on this page; undefined when it has none. */
function linkFirstOccurrences(
  text: Text,
  find: ReturnType<typeof createTermMatcher>,
  linked: Set<string>,
  href: (id: string) => string,
): ElementContent[] | undefined {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const found of find(text.value)) {
    if (linked.has(found.id)) continue;
    linked.add(found.id);
    if (found.index > last) pieces.push({ type: 'text', value: text.value.slice(last, found.index) });
    pieces.push({ type: 'element', tagName: 'a', properties: { className: ['term'], href: href(found.id) }, children: [{ type: 'text', value: found.text }] });
    last = found.index + found.text.length;
  }
  if (pieces.length === 0) return undefined;
  if (last < text.value.length) pieces.push({ type: 'text', value: text.value.slice(last) });
  return pieces;
}
