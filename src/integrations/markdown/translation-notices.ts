import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import type { ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { joinBase } from '../../lib/base-path.ts';
import { getHomePath, getParagraphPath } from '../../lib/locale-path.ts';
import { getLanguageTag, type Locale } from '../../lib/locales.ts';
import { readTranslationFile } from '../../lib/translation/content-files.ts';
import { getOutdatedIds } from '../../lib/translation/status.ts';

/** The notice's words in the reader's language: what happened, and the link to the original. */
export interface NoticeStrings {
  text: string;
  link: string;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Returns the path of a paragraph in the source language, e.g. `/zh/mistakes/x/#p-3-2` (the introduction's is on the home page). */
function getSourceParagraphPath(source: Locale, target: string, id: string): string {
  const slug = /^[^/]+\/mistakes\/(.+)\.mdx$/.exec(target)?.[1];
  return slug ? getParagraphPath(source, slug, id) : `${getHomePath(source)}#${id}`;
}

function notice(strings: NoticeStrings, href: string, hrefLang: string): ElementContent {
  return {
    type: 'element',
    tagName: 'aside',
    // role=note: a remark about the paragraph that follows, not a landmark of its own.
    properties: { className: ['translation-notice'], role: 'note', dataPagefindIgnore: '' },
    children: [
      { type: 'text', value: `${strings.text} ` },
      { type: 'element', tagName: 'a', properties: { href, hrefLang }, children: [{ type: 'text', value: strings.link }] },
    ],
  };
}

/**
 * Marks each translated paragraph (en) whose source (zh) was revised since it was translated (its fingerprint in the
 * file's lock file no longer matches; src/lib/translation/): a short notice before it, in the reader's language, linking
 * to the same paragraph in the source. Runs after the paragraph-anchor plugin, so its ids are those of the page.
 */
export function translationNotices({
  base = '/',
  contentDir,
  strings,
}: {
  base?: string;
  contentDir: string;
  strings: (locale: Locale) => NoticeStrings;
}): HastPluginEntry {
  return (factory) => {
    const path = factory.fileURL ? relative(resolve(contentDir), fileURLToPath(factory.fileURL)) : '';
    // Only a translation's file has a source to fall behind; any other file reads as undefined.
    const file = readTranslationFile(contentDir, path);
    const outdated = getOutdatedIds(file?.statuses ?? []);
    let ids: string[] = [];
    let count = 0;
    return {
      name: 'translation-notices',
      before(_root, ctx) {
        const paragraphs = (ctx.data as AstroData).astro?.frontmatter?.paragraphs;
        ids = outdated.size > 0 && Array.isArray(paragraphs) ? paragraphs.map(String) : [];
      },
      element: [
        {
          filter: ['p'],
          visit(node, ctx) {
            if (ids.length === 0 || ctx.parent(node)?.type !== 'root') return;
            const id = ids[count];
            count += 1;
            if (!file || !id || !outdated.has(id)) return;
            const { source, target } = file.pair;
            ctx.setProperty(node, 'dataTranslationOutdated', '');
            ctx.insertBefore(node, notice(strings(target), joinBase(base, getSourceParagraphPath(source, path, id)), getLanguageTag(source)));
          },
        },
      ],
    };
  };
}
