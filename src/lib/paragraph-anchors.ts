import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { isLocale, type Locale } from './locales.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

function describeFile(fileURL: URL | undefined): string {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'an MDX file';
}

/**
 * Returns the locale folder a content file sits in: the nearest folder named after a locale.
 * @example getContentLocale('/site/content/zh/mistakes/segmenting-by-assets.mdx') // 'zh'
 */
export function getContentLocale(filePath: string): Locale | undefined {
  return filePath.split(/[\\/]/).slice(0, -1).reverse().find(isLocale);
}

/**
 * Gives each top-level paragraph of a content file the anchor id its front matter lists
 * (`paragraphs: [p-3-1, p-3-2]`), so that both languages share paragraph ids.
 * Stops the build, naming the file, when the body and the list disagree.
 * Ends each such paragraph with a ¶ permalink to itself, labelled in the file's language
 * (kept out of search and of copied text by its attributes and CSS).
 * Also prefixes root-relative links with the site's base path.
 */
export function paragraphAnchors({ base = '/', permalinkLabel }: { base?: string; permalinkLabel?: (locale: Locale) => string } = {}): HastPluginEntry {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return (factory) => {
    const file = describeFile(factory.fileURL);
    const locale = factory.fileURL ? getContentLocale(fileURLToPath(factory.fileURL)) : undefined;
    const label = locale && permalinkLabel ? permalinkLabel(locale) : undefined;
    let count = 0;
    let ids: string[] | undefined;
    return {
      name: 'paragraph-anchors',
      before(_root, ctx) {
        const listed = (ctx.data as AstroData).astro?.frontmatter?.paragraphs;
        ids = Array.isArray(listed) ? listed.map(String) : undefined;
      },
      element: [
        {
          filter: ['p'],
          visit(node, ctx) {
            if (!ids || ctx.parent(node)?.type !== 'root') return;
            const id = ids[count];
            count += 1;
            if (id) {
              ctx.setProperty(node, 'id', id);
              ctx.setProperty(node, 'dataParagraph', '');
              if (label) {
                ctx.appendChild(node, {
                  type: 'element',
                  tagName: 'a',
                  properties: { className: ['permalink'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
                  children: [{ type: 'text', value: '¶' }],
                });
              }
            }
          },
        },
        {
          filter: ['a'],
          visit(node, ctx) {
            const href = node.properties?.href;
            if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
              ctx.setProperty(node, 'href', `${prefix}${href}`);
            }
          },
        },
      ],
      after() {
        if (ids && count !== ids.length) {
          throw new Error(
            `${file}: the body has ${count} paragraph${count === 1 ? '' : 's'} but front matter "paragraphs" lists ${ids.length} id${ids.length === 1 ? '' : 's'} (${ids.join(', ')}); keep one id per paragraph, in order`,
          );
        }
      },
    };
  };
}
