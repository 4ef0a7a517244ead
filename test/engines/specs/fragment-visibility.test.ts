import { beforeAll, describe, expect, it } from 'vitest';
import { engineNames, usePage, useSite } from '../drivers/use-engine.ts';

const site = useSite();

/**
 * Every kind of element a link can point at: what short links, search results, the language switch, the self-check's
 * links and trainers' slides lead to. TODO(lead): add a glossary term when the glossary pages land.
 */
const targets = [
  ['a paragraph of a mistake', '/mistakes/segmenting-by-assets/', 'p-3-2'],
  ['a paragraph of the whole article', '/article/', 'p-5-1'],
  ['a mistake in the whole article', '/article/', 'mistake-3'],
  ['a mistake in the self-check', '/self-check/', 'segmenting-by-assets'],
] as const;
const cases = ['en', 'zh'].flatMap((locale) => targets.map(([kind, path, id]) => [kind, locale, `/${locale}${path}#${id}`, id] as const));

interface Landing {
  /** Top of the target, and bottom of the header (negative once it has scrolled away), in viewport pixels. */
  top: number;
  headerBottom: number;
  /** True when the page cannot scroll further down: a target near the end cannot come up to the header. */
  atEnd: boolean;
}

function measure(id: string): Landing {
  const top = document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN;
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? Number.NaN;
  const scroller = document.scrollingElement ?? document.documentElement;
  return { top, headerBottom, atEnd: scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 1 };
}

/** Fully below the header, and brought up to it: no more than a line's gap (the scroll padding) in between. */
function landsBelowHeader({ top, headerBottom, atEnd }: Landing): boolean {
  const gap = top - Math.max(headerBottom, 0);
  return gap >= -0.5 && (gap <= 48 || atEnd);
}

describe.each(engineNames)('link targets in %s', (name) => {
  const { page } = usePage(name);

  describe.each([320, 390, 768, 1280])('at %i px', (width) => {
    beforeAll(async () => {
      await page().setViewport({ width, height: 700 });
    });

    it.each(cases)('%s (%s) lands fully visible below the header: %s', async (_kind, _locale, path, id) => {
      await page().goto(`${site().origin}${path}`);
      await expect.poll(() => page().evaluate(measure, id)).toSatisfy(landsBelowHeader);
    });
  });
});
