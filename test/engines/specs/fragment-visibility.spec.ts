import { beforeAll, describe, it } from 'vitest';
import { getMistakeAnchor } from '../../../src/lib/ids.ts';
import { fixture, fixtureGlossaryIds } from '../../support/fixture-content.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { expectLandingBelowHeader } from '../support/landing.ts';

/**
 * Every kind of element a link can point at: what short links, search results, the language switch, the self-check's
 * links, glossary links and trainers' slides lead to.
 */
const long = fixture.getMistake('en', 2); // four paragraphs: the last one is far down the page
const [, middle] = fixture.getMistakes('en');
const targets = [
  ['a paragraph of a mistake', `/mistakes/${long.slug}/`, long.paragraphs.at(-1) ?? ''],
  ['a paragraph of the whole article', '/article/', long.paragraphs.at(-1) ?? ''],
  ['a mistake in the whole article', '/article/', getMistakeAnchor(3)],
  ['a mistake in the self-check', '/self-check/', middle?.slug ?? ''],
  ['a term of the glossary', '/glossary/', fixtureGlossaryIds[0] ?? ''],
] as const;
const cases = ['en', 'zh'].flatMap((locale) => targets.map(([kind, path, id]) => [kind, locale, `/${locale}${path}#${id}`, id] as const));

/** Link targets in one engine (test/engines/<engine>.test.ts). */
export function describeFragmentVisibility(name: EngineName): void {
  const site = useSite();
  describe('link targets', () => {
    const { page } = usePage(name);

    describe.each([320, 390, 768, 1280])('at %i px', (width) => {
      beforeAll(async () => {
        await page().setViewport({ width, height: 700 });
      });

      it.each(cases)('%s (%s) lands fully visible below the header: %s', async (_kind, _locale, path, id) => {
        await page().goto(`${site().origin}${path}`);
        await expectLandingBelowHeader(page(), id);
      });
    });
  });
}
