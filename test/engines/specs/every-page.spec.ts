import { describe, expect, it } from 'vitest';
import { isAliasPath, isShortLinkPath, listOnePagePerKind, listPages } from '../../support/dist.ts';
import { errorsOf } from '../drivers/error-recorder.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { findOverflow } from '../../support/overflow.ts';

// The chooser at /, the short links and the locale aliases (/zh-tw/…) only send the reader on (their own specs follow
// them); every other page is read.
const pages = listPages().filter((path) => path !== '/' && !isShortLinkPath(path) && !isAliasPath(path));
/**
 * One page of each kind in each language (home, a mistake, the whole article, a parallel view, self-check, glossary,
 * workshop, search) and the 404 page: pages of a kind share their layout and CSS. Every page is read in Chromium at a
 * phone's and a desktop's width by the article's axe test (test/article/axe-every-page.ts), which has it open anyway.
 */
const onePerKind = listOnePagePerKind(pages);
const widths = [320, 390, 768, 1280];

/** One page of each kind in one engine (test/engines/<engine>.test.ts). */
export function describeEveryPage(name: EngineName): void {
  const site = useSite({ article: true });
  describe('one page of each kind', () => {
    const { page } = usePage(name);

    it('has an error recorder that catches a page that throws, rejects, logs and misses an image on purpose', async () => {
      await page().goto(`${site().origin}/__test__/throws.html`);
      // One entry each, in whatever order the engine dispatches them.
      await expect.poll(async () => (await errorsOf(page())).length).toBe(4);
      expect(await errorsOf(page())).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/__test__\/throws\.html: uncaught .*thrown on purpose/),
          expect.stringMatching(/^\/__test__\/throws\.html: unhandled rejection rejected on purpose/),
          expect.stringMatching(/^\/__test__\/throws\.html: console\.error logged on purpose/),
          expect.stringMatching(/^\/__test__\/throws\.html: failed to load \/__test__\/missing-on-purpose\.png/),
        ]),
      );
    });

    // One load per page, then every width: a reader turning a tablet, or a narrow window, gets the same page. Narrowest first:
    // WebKit then keeps the page in its phone-width iframe as it widens, instead of loading it again.
    it.each(onePerKind)('%s renders without errors and never scrolls sideways at 320–1280 px', async (path) => {
      await page().setViewport({ width: widths[0] ?? 320, height: 800 });
      await page().goto(`${site().origin}${path}`);
      // Rendered: a visible main heading, in the page's styles (the stylesheet loaded: the header is laid out as a flex row).
      expect(
        await page().evaluate(() => {
          const heading = document.querySelector('main h1');
          const header = document.querySelector('.site-header__inner');
          return (
            Boolean(heading?.textContent?.trim()) &&
            (heading?.getClientRects().length ?? 0) > 0 &&
            header !== null &&
            getComputedStyle(header).display === 'flex'
          );
        }, null),
      ).toBe(true);
      const overflow: string[] = [];
      for (const width of widths) {
        await page().setViewport({ width, height: 800 });
        await expect.poll(() => page().evaluate(() => window.innerWidth, null)).toBe(width);
        const sticking = await page().evaluate(findOverflow, null);
        if (sticking.length > 0) overflow.push(`${width} px: ${sticking.join(', ')}`);
      }
      expect(overflow).toEqual([]);
      expect((await errorsOf(page())).filter((entry) => entry.startsWith(`${path}:`))).toEqual([]);
    });
  });
}
