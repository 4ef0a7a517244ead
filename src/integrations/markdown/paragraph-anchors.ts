import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { HastPluginEntry } from 'satteri';
import { joinBase } from '../../lib/base-path.ts';
import { getContentLocale } from '../../lib/locale-path.ts';
import type { Locale } from '../../lib/locales.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Each anchored paragraph's inner HTML by id, as the plugin exports it for views that lay paragraphs out one by one. */
export type ParagraphHtml = Record<string, string>;

/** The front matter key under which the plugin exports ParagraphHtml (read back by src/lib/content-query.ts). */
export const paragraphHtmlKey = 'paragraphHtml';

function describeFile(fileURL: URL | undefined): string {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'an MDX file';
}

/** Copies hast content with root-relative links under the base path (the plugin's commands don't show in the nodes it reads). */
function withBaseLinks(nodes: readonly ElementContent[], base: string): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const href = node.properties.href;
    const properties =
      typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') ? { ...node.properties, href: joinBase(base, href) } : node.properties;
    return { ...node, properties, children: withBaseLinks(node.children, base) };
  });
}

/**
 * Gives each top-level paragraph of a content file the anchor id its front matter lists
 * (`paragraphs: [p-3-1, p-3-2]`), so that every language shares paragraph ids, and exports each paragraph's HTML
 * (front matter `paragraphHtml`, which `render()` returns) for the parallel view. Stops the build, naming the file,
 * when the body and the list disagree. Ends each such paragraph with a ¶ permalink to itself, labelled in the file's
 * language (kept out of search and of copied text by its attributes and CSS). Prefixes root-relative links with the base path.
 */
export function paragraphAnchors({ base = '/', permalinkLabel }: { base?: string; permalinkLabel?: (locale: Locale) => string } = {}): HastPluginEntry {
  return (factory) => {
    const file = describeFile(factory.fileURL);
    const locale = factory.fileURL ? getContentLocale(fileURLToPath(factory.fileURL)) : undefined;
    const label = locale && permalinkLabel ? permalinkLabel(locale) : undefined;
    let count = 0;
    let ids: string[] | undefined;
    const html: ParagraphHtml = {};
    return {
      name: 'paragraph-anchors',
      before(_root, ctx) {
        const frontmatter = (ctx.data as AstroData).astro?.frontmatter;
        ids = Array.isArray(frontmatter?.paragraphs) ? frontmatter.paragraphs.map(String) : undefined;
        if (frontmatter && ids) frontmatter[paragraphHtmlKey] = html;
      },
      element: [
        {
          filter: ['p'],
          visit(node, ctx) {
            if (!ids || ctx.parent(node)?.type !== 'root') return;
            const id = ids[count];
            count += 1;
            if (!id) return;
            html[id] = toHtml(withBaseLinks(node.children, base));
            ctx.setProperty(node, 'id', id);
            ctx.setProperty(node, 'dataParagraph', '');
            if (!label) return;
            ctx.appendChild(node, {
              type: 'element',
              tagName: 'a',
              properties: { className: ['permalink'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
              children: [{ type: 'text', value: '¶' }],
            });
          },
        },
        {
          filter: ['a'],
          visit(node, ctx) {
            const href = node.properties?.href;
            if (base !== '/' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
              ctx.setProperty(node, 'href', joinBase(base, href));
            }
          },
        },
      ],
      after() {
        // A script variant's copy (Astro's cache/script-variants/…) has its source's paragraphs, converted character by
        // character: the source's own check names the file the author must fix.
        if (ids && count !== ids.length && !file.includes('/script-variants/')) {
          throw new Error(
            `${file}: the body has ${count} paragraph${count === 1 ? '' : 's'} but front matter "paragraphs" lists ${ids.length} id${ids.length === 1 ? '' : 's'} (${ids.join(', ')}); keep one id per paragraph, in order`,
          );
        }
      },
    };
  };
}
